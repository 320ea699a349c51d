import XCTest

@testable import ContainerFitReporting

final class ParallelChunksTests: XCTestCase {
  private struct Stop: Error {}

  func testChunksArriveInOrderAndCoverEveryIndexOnce() throws {
    for (count, chunkSize) in [(0, 4), (1, 4), (4, 4), (5, 4), (1_000, 7), (50_000, 2_048)] {
      var seen: [UInt8] = []
      try ParallelChunks(chunkSize: chunkSize).run(count: count) { range in
        range.map { UInt8($0 % 251) }
      } consume: {
        XCTAssertLessThanOrEqual($0.count, chunkSize)
        seen += $0
      }
      XCTAssertEqual(seen, (0..<count).map { UInt8($0 % 251) }, "count \(count), chunk \(chunkSize)")
    }
  }

  func testAnErrorWhileWritingStopsAtOnce() {
    var consumed = 0
    XCTAssertThrowsError(
      try ParallelChunks(chunkSize: 1).run(count: 1_000) {
        [UInt8(truncatingIfNeeded: $0.lowerBound)]
      } consume: { _ in
        consumed += 1
        if consumed == 3 { throw Stop() }
      })
    XCTAssertEqual(consumed, 3)
  }
}
