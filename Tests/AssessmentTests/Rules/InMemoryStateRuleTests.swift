import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class InMemoryStateRuleTests: AssessmentTestCase {
  func testInMemoryStateCostsTenPoints() {
    let found = findings(of: InMemoryStateRule.self, .fixture(inMemoryState: .some(true)))
    XCTAssertEqual(found.map(\.id), ["in-memory-state"])
    XCTAssertEqual(found.first?.evidence, "in_memory_state = true")
    XCTAssertEqual(found.first?.points, 10)
    XCTAssertEqual(found.first?.effortDays, 3)
  }

  func testNoOrUnknownInMemoryStateRaisesNothing() {
    XCTAssertEqual(findings(of: InMemoryStateRule.self, .fixture()), [])
    XCTAssertEqual(findings(of: InMemoryStateRule.self, .fixture(inMemoryState: .some(nil))), [])
  }
}
