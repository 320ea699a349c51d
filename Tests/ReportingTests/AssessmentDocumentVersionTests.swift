import Foundation
import XCTest

@testable import ContainerFitReporting

/// A version 1 assessment.json (each finding's rule, blocker and remediation in every application)
/// reads into today's shape, so `compare` takes runs of either version.
final class AssessmentDocumentVersionTests: XCTestCase {
  private func fixture(_ name: String) throws -> URL {
    try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
  }

  func testVersion1FileIsReadWithItsFindingsCatalogued() throws {
    let url = try fixture("testVersion1FileIsReadWithItsFindingsCatalogued")
    let document = try JSONDecoder().decode(AssessmentDocument.self, from: Data(contentsOf: url))
    XCTAssertEqual(document.schemaVersion, AssessmentDocument.currentSchemaVersion)
    let ids = document.findings.map(\.id)
    XCTAssertEqual(ids, Array(Set(ids)).sorted(), "each id once, sorted")
    XCTAssertEqual(Set(ids), Set(document.applications.flatMap { $0.findings.map(\.id) }))
    let entry = try XCTUnwrap(document.findings.first { $0.id == "dependency-infrastructure-role" })
    XCTAssertEqual(entry.rule, "dependencies")
    XCTAssertTrue(entry.blocker)
    // The first application states every text first; the second shares ids with it whose texts
    // differ (its base image's dates, its own data gaps), so it keeps its own.
    let raw = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let rawApps = try XCTUnwrap(raw["applications"] as? [[String: Any]])
    let remediations = Dictionary(uniqueKeysWithValues: document.findings.map { ($0.id, $0.remediation) })
    for (app, rawApp) in zip(document.applications, rawApps) {
      let rawFindings = try XCTUnwrap(rawApp["findings"] as? [[String: Any]])
      for (finding, rawFinding) in zip(app.findings, rawFindings) {
        XCTAssertEqual(finding.remediation ?? remediations[finding.id], rawFinding["remediation"] as? String)
      }
    }
    XCTAssertTrue(document.applications[0].findings.allSatisfy { $0.remediation == nil })
    XCTAssertNotNil(document.applications[1].findings.first { $0.id == "data-gaps" }?.remediation)

    let snapshot = try RunSnapshot(contentsOf: url.path)
    XCTAssertEqual(snapshot.applications.map(\.id), ["APP-RTM-003", "APP-RTM-012"])
    XCTAssertEqual(
      snapshot.applications[1].findings,
      ["base-image-mainstream-ended", "data-gaps", "local-state-logs", "log-target-file"])
  }

  func testANewerVersionIsRefusedByName() throws {
    let url = try fixture("testVersion1FileIsReadWithItsFindingsCatalogued")
    var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    object["schemaVersion"] = 3
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("v3-\(UUID().uuidString).json").path
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    XCTAssertThrowsError(try RunSnapshot(contentsOf: path)) { error in
      XCTAssertTrue("\(error.localizedDescription)".contains("schema version 3"), "\(error.localizedDescription)")
    }
  }
}
