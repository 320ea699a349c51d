import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class CSVAdapterTests: XCTestCase {
  func testAzureMigrateRowIsMapped() throws {
    let result = try readFixture("testAzureMigrateRowIsMapped.csv", with: AzureMigrateAdapter())
    let server = try XCTUnwrap(result.records.first)
    XCTAssertEqual(server.value(.serverId), "SRV1")
    XCTAssertEqual(server.value(.serverMemoryGB), "8")
    XCTAssertEqual(server.value(.diskGB), "150.5")
    XCTAssertEqual(server.value(.platform), "physical")
    XCTAssertEqual(server.value(.cpuUtilPct), "40")
    XCTAssertEqual(server.value(.osName), "Windows Server 2019 Standard 10.0.17763")
  }

  func testAWSDiscoveryListsInQuotedFieldsBecomeApplications() throws {
    let result = try readFixture(
      "testAWSDiscoveryListsInQuotedFieldsBecomeApplications.csv", with: AWSDiscoveryAdapter())
    XCTAssertEqual(result.records.map(\.kind), [.server, .application, .application])
    XCTAssertEqual(result.records[0].value(.serverId), "ext-1")
    XCTAssertEqual(result.records[0].value(.environment), "prod")
    XCTAssertEqual(result.records[0].attribute("IPAddress"), "10.0.0.1,10.0.0.2")
    XCTAssertEqual(result.records[1].value(.name), "Claims Portal")
    XCTAssertEqual(result.records[2].value(.name), "Rating API")
    XCTAssertEqual(result.records[2].value(.serverId), "ext-1")
  }

  func testMigrationEvaluatorFractionsBecomePercentages() throws {
    let result = try readFixture(
      "testMigrationEvaluatorFractionsBecomePercentages.csv", with: AWSMigrationEvaluatorAdapter())
    XCTAssertEqual(result.records[0].value(.cpuUtilPct), "60")
    XCTAssertEqual(result.records[0].value(.memUtilPct), "75.5")
    XCTAssertEqual(result.records[0].value(.platform), "physical")
    XCTAssertEqual(result.records[1].value(.name), "Payroll")
  }

  func testEachCSVTemplateIsDetected() throws {
    func format(_ name: String) throws -> InputFormat? {
      InputFormat.detect(
        prefix: [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixturePath(name)))), fileExtension: "csv")
    }
    XCTAssertEqual(try format("testAzureMigrateRowIsMapped.csv"), .azureMigrate)
    XCTAssertEqual(try format("testAWSDiscoveryListsInQuotedFieldsBecomeApplications.csv"), .awsDiscovery)
    XCTAssertEqual(try format("testMigrationEvaluatorFractionsBecomePercentages.csv"), .awsMigrationEvaluator)
    XCTAssertEqual(try format("testHeaderWithServerIdMakesServerRecords.csv"), .csv)
  }
}
