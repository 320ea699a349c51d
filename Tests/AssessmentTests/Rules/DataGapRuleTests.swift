import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class DataGapRuleTests: AssessmentTestCase {
  func testMissingFieldsAreListedWithoutPointsAndLowerConfidence() {
    let assessed = assess(.fixture(runtime: .some(nil), gui: .some(nil)))
    let found = assessed.findings.filter { $0.rule == DataGapRule.id }
    XCTAssertEqual(found.map(\.id), ["data-gaps"])
    XCTAssertEqual(found.first?.evidence, "unknown: gui, runtime")
    XCTAssertEqual(found.first?.points, 0)
    XCTAssertEqual(assessed.dataGaps, ["gui", "runtime"])
    XCTAssertEqual(assessed.confidence, 0.82)
    XCTAssertEqual(assessed.score, 100)
  }

  func testUnknownServerBuildIsAGap() {
    let assessed = assess(.fixture(), on: .fixture(osBuild: nil))
    XCTAssertEqual(assessed.findings.first { $0.rule == DataGapRule.id }?.evidence, "unknown: server.os_build")
    XCTAssertEqual(assessed.confidence, 0.91)
  }

  func testGapsTheImporterFoundAreListedButDoNotLowerConfidence() {
    let assessed = assess(.fixture(dataGaps: ["server.cores", "server.license_edition"]))
    XCTAssertEqual(assessed.dataGaps, ["server.cores", "server.license_edition"])
    XCTAssertEqual(assessed.confidence, 1)
    XCTAssertEqual(assessed.findings.filter { $0.rule == DataGapRule.id }, [])
  }

  func testAWeightDeductsPointsPerMissingField() {
    var scenario = Self.windowsContainers
    scenario.scoring.weights["data-gaps"] = 2
    let assessed = assess(.fixture(runtime: .some(nil), gui: .some(nil), dependencies: .some(nil)), scenario: scenario)
    XCTAssertEqual(assessed.findings.first { $0.rule == DataGapRule.id }?.points, 6)
    XCTAssertEqual(assessed.score, 94)
  }

  func testNothingUnknownRaisesNothing() {
    XCTAssertEqual(findings(of: DataGapRule.self, .fixture()), [])
    XCTAssertEqual(assess(.fixture()).confidence, 1)
  }

  func testAllUnknownGivesZeroConfidence() {
    let app = Application(id: "a", name: "A", serverId: "s")
    let assessed = assess(app, on: Server(id: "s", isPlaceholder: true))
    XCTAssertEqual(assessed.confidence, 0)
    XCTAssertEqual(assessed.dataGaps.count, 11)
  }
}
