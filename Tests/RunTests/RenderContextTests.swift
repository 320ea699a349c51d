import ContainerFitRun
import XCTest

final class RenderContextTests: XCTestCase {
  func testSourceDateEpochFixesTimeAndRunId() {
    let context = RenderContext.current(toolVersion: "1.2.3", environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    XCTAssertEqual(context.createdAt, Date(timeIntervalSince1970: 1_700_000_000))
    XCTAssertEqual(context.runId, "run-20231114-221320")
    XCTAssertEqual(context.createdAtISO8601, "2023-11-14T22:13:20Z")
    XCTAssertEqual(context.toolVersion, "1.2.3")
    XCTAssertEqual(
      context, RenderContext.current(toolVersion: "1.2.3", environment: ["SOURCE_DATE_EPOCH": "1700000000"]))
  }

  func testWithoutSourceDateEpochRunIdsAreTimestampedAndDistinct() {
    let first = RenderContext.current(toolVersion: "1", environment: [:])
    let second = RenderContext.current(toolVersion: "1", environment: [:])
    XCTAssertLessThan(abs(first.createdAt.timeIntervalSinceNow), 60)
    let pattern = #/^run-\d{8}-\d{6}-[0-9a-f]{6}$/#
    XCTAssertNotNil(first.runId.wholeMatch(of: pattern), first.runId)
    XCTAssertNotEqual(first.runId, second.runId)
  }

  func testMalformedSourceDateEpochIsIgnored() {
    let context = RenderContext.current(toolVersion: "1", environment: ["SOURCE_DATE_EPOCH": "yesterday"])
    XCTAssertLessThan(abs(context.createdAt.timeIntervalSinceNow), 60)
  }

  func testISO8601IsUTCWithoutFractions() {
    XCTAssertEqual(RenderContext.iso8601(Date(timeIntervalSince1970: 0.75)), "1970-01-01T00:00:00Z")
    XCTAssertEqual(RenderContext.iso8601(Date(timeIntervalSince1970: 951_782_400)), "2000-02-29T00:00:00Z")
  }
}
