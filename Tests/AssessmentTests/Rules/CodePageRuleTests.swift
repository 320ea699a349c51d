import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class CodePageRuleTests: AssessmentTestCase {
  func testSensitiveAppIsPinnedToItsCodePageAndRunsProcessIsolated() {
    let assessed = assess(.fixture(codePageSensitive: .some(true)), on: .fixture(ansiCodePage: 932))
    let found = assessed.findings.filter { $0.rule == CodePageRule.id }
    XCTAssertEqual(found.map(\.id), ["code-page-sensitive"])
    XCTAssertEqual(found.first?.evidence, "code_page_sensitive = true; server ansi_code_page = 932")
    XCTAssertEqual(found.first?.points, 10)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.codePage, 932)
  }

  func testUnknownCodePageIsSaidAndListedAsAGap() {
    let assessed = assess(.fixture(codePageSensitive: .some(true)), on: .fixture(ansiCodePage: nil))
    let found = assessed.findings.filter { $0.rule == CodePageRule.id }
    XCTAssertEqual(found.first?.evidence, "code_page_sensitive = true; server ansi_code_page unknown")
    XCTAssertTrue(assessed.dataGaps.contains("server.ansi_code_page"))
    XCTAssertNil(assessed.codePage)
  }

  func testHypervRequirementConflictsAndBlocks() {
    let app = Application.fixture(codePageSensitive: .some(true), isolationRequired: .some(.hyperv))
    let assessed = assess(app, on: .fixture(ansiCodePage: 932))
    let found = assessed.findings.filter { $0.rule == CodePageRule.id }
    XCTAssertEqual(found.map(\.id), ["code-page-hyperv-conflict"])
    XCTAssertEqual(
      found.first?.evidence,
      "code_page_sensitive = true; server ansi_code_page = 932; isolation_required = hyperv: Hyper-V containers "
        + "run at code page 65001 only")
    XCTAssertEqual(found.first?.isBlocker, true)
    XCTAssertEqual(assessed.verdict, .unsuitable)
    XCTAssertEqual(assessed.isolation, .process)
  }

  func testScenarioForcingHypervConflictsToo() {
    var scenario = Self.windowsContainers
    scenario.isolation = .hyperv
    let found = findings(
      of: CodePageRule.self, .fixture(codePageSensitive: .some(true)), on: .fixture(ansiCodePage: 1251),
      scenario: scenario)
    XCTAssertEqual(found.map(\.id), ["code-page-hyperv-conflict"])
    XCTAssertEqual(
      found.first?.evidence,
      "code_page_sensitive = true; server ansi_code_page = 1251; scenario isolation = hyperv: Hyper-V containers "
        + "run at code page 65001 only")
  }

  func testUTF8ServerOrInsensitiveAppRaisesNothing() {
    XCTAssertEqual(
      findings(of: CodePageRule.self, .fixture(codePageSensitive: .some(true)), on: .fixture(ansiCodePage: 65001)), [])
    XCTAssertEqual(findings(of: CodePageRule.self, .fixture(), on: .fixture(ansiCodePage: 932)), [])
    XCTAssertEqual(findings(of: CodePageRule.self, .fixture(codePageSensitive: .some(nil))), [])
  }
}
