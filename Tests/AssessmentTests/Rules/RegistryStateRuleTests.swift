import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class RegistryStateRuleTests: AssessmentTestCase {
  func testRegistryWriteCostsFifteenPointsWithEvidence() {
    let found = findings(of: RegistryStateRule.self, .fixture(registryState: .some(.write)))
    XCTAssertEqual(found.map(\.id), ["registry-write"])
    XCTAssertEqual(found.first?.evidence, "registry_state = write")
    XCTAssertEqual(found.first?.points, 15)
    XCTAssertEqual(found.first?.effortDays, 3)
  }

  func testRegistryReadCostsFivePoints() {
    let found = findings(of: RegistryStateRule.self, .fixture(registryState: .some(.read)))
    XCTAssertEqual(found.map(\.id), ["registry-read"])
    XCTAssertEqual(found.first?.evidence, "registry_state = read")
    XCTAssertEqual(found.first?.points, 5)
  }

  func testNoOrUnknownRegistryStateRaisesNothing() {
    XCTAssertEqual(findings(of: RegistryStateRule.self, .fixture()), [])
    XCTAssertEqual(findings(of: RegistryStateRule.self, .fixture(registryState: .some(nil))), [])
  }
}
