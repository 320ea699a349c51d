import Foundation
import XCTest

final class ValidateCommandTests: XCTestCase {
  func testValidateOnTheSampleEstateReconcilesEveryRecord() throws {
    let result = try CommandRunner.run(["validate", "--json", "Inventories/harbourline"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let applications = try SampleEstate.applicationCount()
    XCTAssertEqual(object["applications"] as? Int, applications, "one per distinct app id in the files")
    let committed = try SampleEstate.committedSummary()
    for key in ["servers", "applications", "rejected", "warnings"] {
      XCTAssertEqual(object[key] as? Int, committed[key], "\(key): validate and the sample assessment agree")
    }
    XCTAssertEqual((object["rejections"] as? [Any])?.count, object["rejected"] as? Int)
    let inputs = try XCTUnwrap(object["inputs"] as? [[String: Any]])
    func total(_ key: String) -> Int { inputs.reduce(0) { $0 + ($1[key] as? Int ?? 0) } }
    XCTAssertEqual(total("applications"), applications, "each kept application is counted in its file")
    XCTAssertEqual(total("rejected"), object["rejected"] as? Int, "each rejection is counted in its file")
    XCTAssertEqual(inputs.map { $0["format"] as? String }, ["csv", "jsonl", "xml", "json", "csv", "csv"])
    for key in ["rejections", "fieldWarnings", "dataGaps"] { XCTAssertNotNil(object[key], key) }
  }

  func testValidatePrintsEachProblemWithItsPlaceOnStderr() throws {
    let result = try CommandRunner.run(["validate", "Inventories/harbourline"])
    XCTAssertEqual(result.status, 0)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    XCTAssertTrue(
      lines.contains(
        "Inventories/harbourline/applications.csv:18:1: rejected: application record has no app_id, so it cannot be identified"
      ), result.stderr)
    XCTAssertTrue(
      lines.contains {
        $0.hasPrefix("Inventories/harbourline/warehouse-export.csv:22:1: rejected: duplicate app_id 'APP-RTM-029'")
      })
    XCTAssertTrue(
      lines.contains { $0.hasPrefix("Inventories/harbourline/servers.csv:11:") && $0.contains("cores 'eight'") })
    XCTAssertTrue(result.stdout.contains("Applications: \(try SampleEstate.applicationCount())"), result.stdout)
  }

  func testMissingInputIsAFatalErrorNamingIt() throws {
    let result = try CommandRunner.run(["validate", "no-such-inventory.csv"])
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.stderr, "error: no-such-inventory.csv: no such file or folder.\n")
  }

  func testBadUsageExitsWith64() throws {
    let result = try CommandRunner.run(["validate"])
    XCTAssertEqual(result.status, 64)
    let unknown = try CommandRunner.run(["frobnicate"])
    XCTAssertEqual(unknown.status, 64)
  }

  func testVersionAndHelp() throws {
    let version = try CommandRunner.run(["--version"])
    XCTAssertEqual(version.status, 0)
    XCTAssertFalse(version.stdout.isEmpty)
    let help = try CommandRunner.run(["--help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.stdout.contains("validate"))
  }
}
