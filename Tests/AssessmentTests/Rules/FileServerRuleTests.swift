import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class FileServerRuleTests: AssessmentTestCase {
  func testAFileShareServiceIsABlockerWithTheFSxRemedy() {
    let app = Application.fixture(
      name: "Branch File Shares", kind: .some(.windowsService), runtime: .some("native"),
      dependencies: .some([.smbShare]))
    let found = findings(of: FileServerRule.self, app)
    XCTAssertEqual(found.map(\.id), ["file-server"])
    XCTAssertEqual(found.first?.isBlocker, true)
    XCTAssertTrue(found.first?.remediation.contains("Amazon FSx for Windows File Server") ?? false)
    XCTAssertEqual(findings(of: DependencyRule.self, app), [])
  }

  func testAServiceThatUsesAShareIsNotOne() {
    let app = Application.fixture(
      name: "Build Agent", kind: .some(.windowsService), runtime: .some("native"),
      dependencies: .some([.smbShare, .msiInstaller]))
    XCTAssertEqual(findings(of: FileServerRule.self, app), [])
    XCTAssertEqual(
      findings(of: DependencyRule.self, app).map(\.id).sorted(), ["dependency-msi-installer", "dependency-smb-share"])
  }
}
