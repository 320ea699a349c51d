import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class AppKindRuleTests: AssessmentTestCase {
  func testDesktopAppCostsThirtyPoints() {
    let found = findings(of: AppKindRule.self, .fixture(kind: .some(.desktop)))
    XCTAssertEqual(found.map(\.id), ["kind-desktop"])
    XCTAssertEqual(found.first?.evidence, "kind = desktop")
    XCTAssertEqual(found.first?.points, 30)
    XCTAssertEqual(found.first?.effortDays, 10)
  }

  func testScheduledTaskNeedsAnOutsideScheduler() {
    let found = findings(of: AppKindRule.self, .fixture(kind: .some(.scheduledTask)))
    XCTAssertEqual(found.map(\.id), ["kind-scheduled-task"])
    XCTAssertEqual(found.first?.evidence, "kind = scheduled-task")
    XCTAssertEqual(found.first?.points, 10)
  }

  func testWindowsServiceNeedsAForegroundProcess() {
    let found = findings(of: AppKindRule.self, .fixture(kind: .some(.windowsService)))
    XCTAssertEqual(found.map(\.id), ["kind-windows-service"])
    XCTAssertEqual(found.first?.evidence, "kind = windows-service")
    XCTAssertEqual(found.first?.points, 5)
    XCTAssertTrue(found.first?.remediation.contains("ServiceMonitor") == true)
  }

  func testSitesConsolesAndUnknownKindsRaiseNothing() {
    XCTAssertEqual(findings(of: AppKindRule.self, .fixture(kind: .some(.iisSite))), [])
    XCTAssertEqual(findings(of: AppKindRule.self, .fixture(kind: .some(.console))), [])
    XCTAssertEqual(findings(of: AppKindRule.self, .fixture(kind: .some(nil))), [])
  }
}
