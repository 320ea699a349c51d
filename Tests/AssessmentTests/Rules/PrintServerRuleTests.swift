import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class PrintServerRuleTests: AssessmentTestCase {
  func testAPrintQueueServiceIsABlocker() {
    let app = Application.fixture(
      name: "Branch Print Queue", kind: .some(.windowsService), runtime: .some("native"),
      dependencies: .some([.printer]))
    let assessed = assess(app)
    XCTAssertEqual(assessed.findings.filter { $0.rule == PrintServerRule.id }.map(\.id), ["print-server"])
    XCTAssertFalse(assessed.findings.map(\.id).contains("dependency-printer"))
    XCTAssertEqual(assessed.verdict, .unsuitable)
  }

  func testAnApplicationThatPrintsIsNotOne() {
    for app in [
      Application.fixture(
        name: "帳票出力", kind: .some(.windowsService), runtime: .some("native"), dependencies: .some([.printer, .fonts])),
      Application.fixture(
        name: "Follow-Me Print Release", kind: .some(.windowsService), runtime: .some("dotnet-framework-4.8"),
        dependencies: .some([.printer])),
    ] {
      XCTAssertEqual(findings(of: PrintServerRule.self, app), [], app.name)
    }
  }
}
