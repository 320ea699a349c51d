import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class GUIRuleTests: AssessmentTestCase {
  func testRequiredGUIIsABlockerWithEvidence() {
    let found = findings(of: GUIRule.self, .fixture(gui: .some(.required)))
    XCTAssertEqual(found.map(\.id), ["gui-required"])
    XCTAssertEqual(found.first?.evidence, "gui = required")
    XCTAssertEqual(found.first?.points, 50)
    XCTAssertEqual(found.first?.isBlocker, true)
  }

  func testOptionalGUICostsTenPointsAndTwoDays() {
    let found = findings(of: GUIRule.self, .fixture(gui: .some(.optional)))
    XCTAssertEqual(found.map(\.id), ["gui-optional"])
    XCTAssertEqual(found.first?.evidence, "gui = optional")
    XCTAssertEqual(found.first?.points, 10)
    XCTAssertEqual(found.first?.effortDays, 2)
    XCTAssertEqual(found.first?.isBlocker, false)
  }

  func testHeadlessOrUnknownGUIRaisesNothing() {
    XCTAssertEqual(findings(of: GUIRule.self, .fixture()), [])
    XCTAssertEqual(findings(of: GUIRule.self, .fixture(gui: .some(nil))), [])
  }
}
