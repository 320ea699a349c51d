import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class DependencyRuleTests: AssessmentTestCase {
  func testKernelDriverIsABlocker() {
    let found = findings(of: DependencyRule.self, .fixture(dependencies: .some([.kernelDriver])))
    XCTAssertEqual(found.map(\.id), ["dependency-kernel-driver"])
    XCTAssertEqual(found.first?.evidence, "dependencies include kernel-driver")
    XCTAssertEqual(found.first?.isBlocker, true)
    XCTAssertEqual(found.first?.points, 50)
  }

  func testInfrastructureRoleIsABlocker() {
    let found = findings(of: DependencyRule.self, .fixture(dependencies: .some([.infrastructureRole])))
    XCTAssertEqual(found.map(\.id), ["dependency-infrastructure-role"])
    XCTAssertEqual(found.first?.evidence, "dependencies include infrastructure-role")
    XCTAssertEqual(found.first?.isBlocker, true)
  }

  func testWindowsAuthNeedsAGMSA() {
    let found = findings(of: DependencyRule.self, .fixture(dependencies: .some([.windowsAuth])))
    XCTAssertEqual(found.map(\.id), ["dependency-windows-auth"])
    XCTAssertEqual(found.first?.evidence, "dependencies include windows-auth")
    XCTAssertEqual(found.first?.points, 10)
    XCTAssertEqual(found.first?.effortDays, 3)
    XCTAssertTrue(found.first?.remediation.hasPrefix("Run under a gMSA for Windows authentication") == true)
  }

  func testEveryDependencyRaisesItsOwnFindingWithEvidence() {
    for dependency in Dependency.allCases {
      let found = findings(of: DependencyRule.self, .fixture(dependencies: .some([dependency])))
      XCTAssertEqual(found.count, 1, "\(dependency)")
      XCTAssertEqual(found.first?.evidence, "dependencies include \(dependency.rawValue)")
      let id = found.first?.id ?? ""
      XCTAssertEqual(found.first?.points, DependencyRule.defaultWeights[id], "\(dependency)")
      XCTAssertEqual(found.first?.effortDays, DependencyRule.defaultEffortDays[id], "\(dependency)")
      let blockers: Set<Dependency> = [.kernelDriver, .infrastructureRole]
      XCTAssertEqual(found.first?.isBlocker, blockers.contains(dependency), "\(dependency)")
      XCTAssertFalse(found.first?.remediation.isEmpty ?? true)
    }
  }

  func testSeveralDependenciesAreSortedByPointsThenId() {
    let found = findings(
      of: DependencyRule.self, .fixture(dependencies: .some([.gac, .msdtc, .windowsAuth, .comPlus])))
    XCTAssertEqual(
      found.map(\.id), ["dependency-msdtc", "dependency-com-plus", "dependency-windows-auth", "dependency-gac"])
  }

  func testNoOrUnknownDependenciesRaiseNothing() {
    XCTAssertEqual(findings(of: DependencyRule.self, .fixture()), [])
    XCTAssertEqual(findings(of: DependencyRule.self, .fixture(dependencies: .some(nil))), [])
  }
}
