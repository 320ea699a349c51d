import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class DFSNamespaceRuleTests: AssessmentTestCase {
  func testADFSNamespaceIsABlockerAndNotAlsoAFileServer() {
    let app = Application.fixture(
      name: "DFS Namespace and Shares", kind: .some(.windowsService), runtime: .some("native"),
      dependencies: .some([.smbShare, .windowsAuth]))
    let assessed = assess(app)
    XCTAssertEqual(assessed.findings.filter { $0.rule == DFSNamespaceRule.id }.map(\.id), ["dfs-namespace"])
    XCTAssertEqual(assessed.findings.filter { $0.rule == FileServerRule.id }, [])
    XCTAssertFalse(assessed.findings.map(\.id).contains("dependency-smb-share"))
    XCTAssertEqual(assessed.verdict, .unsuitable)
  }

  func testAJobWritingToADFSPathIsNotOne() {
    let app = Application.fixture(
      name: "DFS Export", kind: .some(.scheduledTask), runtime: .some("dotnet-framework-4.8"),
      dependencies: .some([.smbShare]))
    XCTAssertEqual(findings(of: DFSNamespaceRule.self, app), [])
  }
}
