import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class DatabaseEngineRuleTests: AssessmentTestCase {
  func testSQLServerServiceWithDatabaseServerIsABlockerThatReplacesTheDependencyFinding() {
    let app = Application.fixture(
      name: "SQL Server 2019 - HLF_ERP instance", kind: .some(.windowsService), runtime: .some("native"),
      dependencies: .some([.databaseServer, .sharedMemory]))
    let assessed = assess(app)
    let found = assessed.findings.filter { $0.rule == DatabaseEngineRule.id }
    XCTAssertEqual(found.map(\.id), ["database-engine"])
    XCTAssertEqual(found.first?.isBlocker, true)
    XCTAssertEqual(
      found.first?.evidence,
      #"name = "SQL Server 2019 - HLF_ERP instance", kind = windows-service, runtime = native, "#
        + "dependencies include database-server")
    XCTAssertTrue(found.first?.remediation.contains("Amazon RDS for SQL Server") ?? false)
    XCTAssertEqual(assessed.verdict, .unsuitable)
    XCTAssertFalse(assessed.findings.map(\.id).contains("dependency-database-server"))
    XCTAssertTrue(assessed.findings.map(\.id).contains("dependency-shared-memory"))
  }

  func testTheSQLServerServiceNameIsEnough() {
    var app = Application.fixture(
      name: "SQL Server (MSSQLSERVER)", kind: .some(.windowsService), runtime: .some(nil), dependencies: .some(nil))
    app.attributes = ["Name": "MSSQLSERVER"]
    XCTAssertEqual(findings(of: DatabaseEngineRule.self, app).map(\.id), ["database-engine"])
  }

  func testAnApplicationThatUsesADatabaseIsNotOne() {
    let app = Application.fixture(
      kind: .some(.iisSite), runtime: .some("dotnet-framework-4.8"), dependencies: .some([.databaseServer]))
    XCTAssertEqual(findings(of: DatabaseEngineRule.self, app), [])
    XCTAssertEqual(findings(of: DependencyRule.self, app).map(\.id), ["dependency-database-server"])
  }
}
