import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class LocalStateRuleTests: AssessmentTestCase {
  func testLocalDataCostsFifteenPointsWithEvidence() {
    let found = findings(of: LocalStateRule.self, .fixture(localState: .some(.data)))
    XCTAssertEqual(found.map(\.id), ["local-state-data"])
    XCTAssertEqual(found.first?.evidence, "local_state = data")
    XCTAssertEqual(found.first?.points, 15)
    XCTAssertEqual(found.first?.effortDays, 3)
  }

  func testLocalLogsCostFivePoints() {
    let found = findings(of: LocalStateRule.self, .fixture(localState: .some(.logs)))
    XCTAssertEqual(found.map(\.id), ["local-state-logs"])
    XCTAssertEqual(found.first?.evidence, "local_state = logs")
    XCTAssertEqual(found.first?.points, 5)
  }

  func testNoOrUnknownLocalStateRaisesNothing() {
    XCTAssertEqual(findings(of: LocalStateRule.self, .fixture()), [])
    XCTAssertEqual(findings(of: LocalStateRule.self, .fixture(localState: .some(nil))), [])
  }
}
