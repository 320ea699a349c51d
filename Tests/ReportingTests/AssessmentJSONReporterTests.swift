import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun
import ContainerFitTestSupport
import Foundation
import XCTest

@testable import ContainerFitReporting

/// The streamed assessment.json reads back as exactly the document built in memory, whatever the
/// text in the inventory and however the lists fall into chunks.
final class AssessmentJSONReporterTests: XCTestCase {
  static let awkwardNames = [
    "quote \" and backslash \\", "tab\tnewline\ncarriage\r", "bell \u{07} and NUL-free \u{1F}", "ünïcødé ✓ 🚢",
    "slash / stays", "", "{\"looks\": [\"like JSON\"]}",
  ]

  private func outcome(copies: Int) throws -> AssessmentOutcome {
    let server = Server.fixture(id: "srv-1")
    var apps: [Application] = []
    for copy in 0..<copies {
      for (index, name) in Self.awkwardNames.enumerated() {
        // Gaps in some (a data gap each), a GUI blocker in others (no placement, null host).
        apps.append(
          Application.fixture(
            id: "app-\(copy)-\(index)", name: name, serverId: "srv-1", gui: index == 2 ? .some(.required) : nil))
      }
    }
    let location = SourceLocation(file: "in \"put\".csv", line: 3, column: 7)
    let estate = Estate(
      servers: [server], applications: apps,
      rejections: [
        Diagnostic(.rejection, at: location, field: "app_id", "no app_id"),
        Diagnostic(.rejection, at: SourceLocation(file: "x.json"), "duplicate\nid"),
      ],
      outOfScope: [OutOfScopeRecord(location: location, name: "tmpl-01", reason: "VM template")])
    return try .test(estate, client: "C \"lient\"", engagement: nil)
  }

  private func written(_ outcome: AssessmentOutcome, chunkSize: Int) throws -> Data {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("assessment-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: path) }
    try AssessmentJSONReporter(chunkSize: chunkSize).write(ReportInput(outcome), to: path.path)
    return try Data(contentsOf: path)
  }

  /// Both documents through one encoder: equal bytes mean equal values, key by key.
  private func canonical(_ document: AssessmentDocument) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(document), as: UTF8.self)
  }

  func testStreamedFileDecodesToTheDocumentInMemory() throws {
    let outcome = try outcome(copies: 5)
    let expected = try canonical(AssessmentDocument(outcome))
    XCTAssertTrue(expected.contains("\"hostId\":null"), "some applications are not placed")
    XCTAssertTrue(expected.contains("\"dataGaps\":[{"), "some applications have data gaps")
    for chunkSize in [1, 3, 2_048] {
      let data = try written(outcome, chunkSize: chunkSize)
      let decoded = try JSONDecoder().decode(AssessmentDocument.self, from: data)
      XCTAssertEqual(try canonical(decoded), expected, "chunk size \(chunkSize)")
    }
  }

  func testEachFindingIdIsCataloguedOnceAndAnOwnRemediationIsKept() throws {
    let base = try outcome(copies: 2)
    var assessed = base.assessed
    let changed = try XCTUnwrap(assessed.indices.last { !assessed[$0].findings.isEmpty })
    assessed[changed].findings[0].remediation = "Its own remediation."
    let outcome = AssessmentOutcome(
      context: base.context, scenario: base.scenario, estate: base.estate, assessed: assessed, plan: base.plan,
      client: base.client, engagement: base.engagement)
    let document = try JSONDecoder().decode(AssessmentDocument.self, from: try written(outcome, chunkSize: 3))
    let ids = document.findings.map(\.id)
    XCTAssertEqual(ids, Array(Set(ids)).sorted())
    XCTAssertEqual(Set(ids), Set(assessed.flatMap { $0.findings.map(\.id) }))
    let remediations = Dictionary(uniqueKeysWithValues: document.findings.map { ($0.id, $0.remediation) })
    for (index, app) in document.applications.enumerated() {
      for (position, finding) in app.findings.enumerated() {
        let text = assessed[index].findings[position].remediation
        XCTAssertEqual(finding.remediation ?? remediations[finding.id], text, "\(app.id) \(finding.id)")
        XCTAssertNotEqual(finding.remediation, remediations[finding.id], "a copy of the catalogue's text")
      }
    }
    XCTAssertEqual(document.applications[changed].findings[0].remediation, "Its own remediation.")
  }

  func testOneListElementPerLineAndTheHeadFirst() throws {
    let outcome = try outcome(copies: 2)
    let text = String(decoding: try written(outcome, chunkSize: 3), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertEqual(lines.first, "{")
    XCTAssertEqual(lines[1], "  \"schemaVersion\": 2,")
    XCTAssertEqual(lines[2], "  \"run\": {")
    XCTAssertEqual(lines.last, "", "the file ends with a newline")
    let appLines = lines.filter { $0.hasPrefix("    {\"id\":\"app-") }
    XCTAssertEqual(appLines.count, outcome.assessed.count)
    for line in appLines {
      let element = line.hasSuffix(",") ? line.dropLast() : line[...]
      XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(element.utf8)), String(line))
    }
    XCTAssertTrue(text.contains("\n  \"outOfScope\": [\n    {\"location\":{\"file\":\"in \\\"put\\\".csv\",\"line\":3"))
    XCTAssertFalse(text.contains(" \n"), "no trailing spaces")
  }

  func testEmptyListsAreWrittenOnTheirKeyLine() throws {
    var outcome = try outcome(copies: 1)
    outcome.estate.rejections = []
    outcome.estate.outOfScope = []
    let text = String(decoding: try written(outcome, chunkSize: 2_048), as: UTF8.self)
    XCTAssertTrue(text.contains("\n  \"rejected\": [],\n"), text)
    XCTAssertTrue(text.hasSuffix("\n  \"outOfScope\": []\n}\n"))
  }
}
