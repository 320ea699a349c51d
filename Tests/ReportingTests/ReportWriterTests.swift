import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun
import ContainerFitTestSupport
import Foundation
import XCTest

@testable import ContainerFitReporting

/// The reporters over a whole (small) run: escaping of hostile inventory text in every format, the
/// contract keys of assessment.json, and the atomic set of files.
final class ReportWriterTests: XCTestCase {
  static let hostileNames = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
    "=HYPERLINK(\"http://x\")", "pipe | and\nnewline", "+cmd", "@SUM(A1)",
  ]

  private func outcome() throws -> AssessmentOutcome {
    let server = Server.fixture(id: "srv-1")
    let apps = Self.hostileNames.enumerated().map { index, name in
      // Both kinds of container: .NET 8 goes to Linux, .NET Framework stays on Windows.
      Application.fixture(
        id: "app-\(index)", name: name, serverId: "srv-1",
        runtime: .some(index.isMultiple(of: 2) ? "dotnet-8" : "dotnet-framework-4.8"))
    }
    return try .test(Estate(servers: [server], applications: apps), client: "<b>Client</b>", engagement: "E&E")
  }

  private func writeAll() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
    try ReportWriter().write(try outcome(), to: folder.path)
    return folder
  }

  func testEachFormatIsWrittenByTheReporterOfThatFormat() throws {
    let templates = try TemplateSet(overrides: nil)
    for format in ReportFormat.allCases {
      XCTAssertEqual(type(of: ReportWriter.reporter(for: format, templates: templates)).format, format)
    }
  }

  func testHTMLShowsHostileNamesAsTextOnly() throws {
    let folder = try writeAll()
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
    XCTAssertFalse(html.contains("<script>alert(1)</script>"))
    XCTAssertFalse(html.contains("<img src=x"))
    XCTAssertFalse(html.contains("<b>Client</b>"))
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    XCTAssertTrue(html.contains("Content-Security-Policy"))
    // The only script element is ours, allowed by hash.
    XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1)
    XCTAssertFalse(html.contains("href=\"javascript:"))
  }

  func testMarkdownEscapesLinksPipesAndNewlines() throws {
    let folder = try writeAll()
    defer { try? FileManager.default.removeItem(at: folder) }
    let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
    XCTAssertFalse(markdown.contains("[click](javascript:alert(1))"))
    XCTAssertTrue(markdown.contains("\\[click\\](javascript:alert(1))"))
    XCTAssertTrue(markdown.contains("pipe \\| and / newline"))
    XCTAssertFalse(markdown.contains("<script>"))
    // Every table row keeps its column count: no cell text opened a new column.
    for line in markdown.split(separator: "\n") where line.hasPrefix("| **pipe") {
      XCTAssertEqual(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, 14, String(line))
    }
  }

  func testApplicationsCSVNeutralisesFormulasAndKeepsNumbers() throws {
    let folder = try writeAll()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try Data(contentsOf: folder.appendingPathComponent("applications.csv"))
    XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with BOM")
    let csv = String(decoding: data.dropFirst(3), as: UTF8.self)
    XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv)
    XCTAssertTrue(csv.contains(",'+cmd,"))
    XCTAssertTrue(csv.contains(",'@SUM(A1),"))
    let firstRow = csv.split(separator: "\r\n")[1].split(separator: ",")
    XCTAssertNotNil(Double(firstRow[4]), "score is a number: \(firstRow)")
  }

  func testAssessmentJSONHasTheContractKeys() throws {
    let folder = try writeAll()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try Data(contentsOf: folder.appendingPathComponent("assessment.json"))
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    XCTAssertEqual(object["schemaVersion"] as? Int, 2)
    let run = try XCTUnwrap(object["run"] as? [String: Any])
    for key in ["id", "createdAt", "tool", "scenario", "inputs"] { XCTAssertNotNil(run[key], key) }
    let summary = try XCTUnwrap(object["summary"] as? [String: Any])
    for key in ["servers", "applications", "rejected", "verdicts", "consolidation", "licensing", "isolation"] {
      XCTAssertNotNil(summary[key], key)
    }
    let verdicts = try XCTUnwrap(summary["verdicts"] as? [String: Int])
    XCTAssertEqual(Set(verdicts.keys), ["ready", "minor", "major", "unsuitable", "insufficientData"])
    let effort = try XCTUnwrap(summary["effort"] as? [String: Double])
    XCTAssertEqual(Set(effort.keys), ["low", "likely", "high", "platformDays"])
    XCTAssertEqual(verdicts.values.reduce(0, +), Self.hostileNames.count)
    let consolidation = try XCTUnwrap(summary["consolidation"] as? [String: Any])
    for key in ["sourceServers", "decommissionedServers", "targetHosts", "lowerBoundHosts"] {
      XCTAssertNotNil(consolidation[key], key)
    }
    let cost = try XCTUnwrap(summary["cost"] as? [String: Any])
    XCTAssertEqual(
      Set(cost.keys),
      [
        "currency", "horizonYears", "currentBasis", "targetModel", "hostingPriced", "before", "after",
        "annualDifference", "oneOffEffort", "paybackMonths", "sensitivity",
      ])
    let sensitivity = try XCTUnwrap(cost["sensitivity"] as? [String: Any])
    XCTAssertEqual(Set(sensitivity.keys), ["demand", "licenceLowDifference", "licenceHighDifference"])
    let demand = try XCTUnwrap(sensitivity["demand"] as? [[String: Any]])
    XCTAssertEqual(demand.map { $0["demandPct"] as? Double }, [20, -20])
    let before = try XCTUnwrap(cost["before"] as? [String: Any])
    XCTAssertEqual(Set(before.keys), ["compute", "licence", "total", "licenceLow", "licenceHigh"])
    let after = try XCTUnwrap(cost["after"] as? [String: Any])
    XCTAssertEqual(
      Set(after.keys),
      ["compute", "licence", "total", "licenceHigh", "remainingServers", "hostsCompute", "hostsLicence"])
    let licensing = try XCTUnwrap(summary["licensing"] as? [String: Any])
    for key in ["currentAnnualCost", "targetAnnualCost", "annualSavings", "currency"] {
      XCTAssertNotNil(licensing[key], key)
    }
    let isolation = try XCTUnwrap(summary["isolation"] as? [String: Any])
    for key in ["processOnlyHosts", "hypervOnlyHosts", "recommendedHosts", "hypervOverheadPct"] {
      XCTAssertNotNil(isolation[key], key)
    }
    let targets = try XCTUnwrap(summary["targets"] as? [String: Int])
    XCTAssertEqual(Set(targets.keys), ["windowsContainer", "linuxContainer", "server"])
    XCTAssertEqual(targets.values.reduce(0, +), Self.hostileNames.count)
    let apps = try XCTUnwrap(object["applications"] as? [[String: Any]])
    let appKeys = [
      "id", "name", "serverId", "score", "verdict", "confidence", "blockers", "target", "findings", "baseImage",
      "image", "containerBuild", "isolation", "imageSizeGB", "cpuCores", "memoryGB", "hostId",
    ]
    for app in apps {
      for key in appKeys { XCTAssertTrue(app.keys.contains(key), key) }
      let target = try XCTUnwrap(app["target"] as? [String: Any])
      XCTAssertEqual(Set(target.keys), ["kind", "platform", "reason"])
      let kind = try XCTUnwrap(target["kind"] as? String)
      XCTAssertTrue(["windows-container", "linux-container", "server"].contains(kind), kind)
      // A Linux container has no Windows build or isolation mode; a server target no platform.
      XCTAssertEqual(app["containerBuild"] is NSNull, kind == "linux-container", "\(app)")
      XCTAssertEqual(target["platform"] is NSNull, kind == "server", "\(app)")
    }
    let catalogue = try XCTUnwrap(object["findings"] as? [[String: Any]])
    XCTAssertFalse(catalogue.isEmpty)
    for entry in catalogue { XCTAssertEqual(Set(entry.keys), ["id", "title", "rule", "blocker", "remediation"]) }
    let catalogued = Set(catalogue.compactMap { $0["id"] as? String })
    for finding in apps.flatMap({ $0["findings"] as? [[String: Any]] ?? [] }) {
      XCTAssertEqual(Set(finding.keys), ["id", "points", "evidence", "remediation", "effortDays"])
      XCTAssertTrue(catalogued.contains(finding["id"] as? String ?? ""), "\(finding)")
    }
    let hosts = try XCTUnwrap(object["hosts"] as? [[String: Any]])
    XCTAssertFalse(hosts.isEmpty)
    for key in [
      "id", "os", "osBuild", "shape", "platform", "hypervCapable", "isolation", "codePage", "spare", "edition",
      "annualCompute", "annualLicence", "cores", "memoryGB", "cpuUsed", "memoryUsed", "applications",
    ] {
      XCTAssertNotNil(hosts[0][key], key)
    }
    XCTAssertNotNil(object["rejected"] as? [Any])
    XCTAssertNotNil(object["dataGaps"] as? [Any])
  }

  func testWriteLeavesNoTemporaryFilesAndRefusesUnknownTemplatesFolder() throws {
    let folder = try writeAll()
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    XCTAssertEqual(names, ReportFormat.defaults.map(\.fileName).sorted())
    XCTAssertThrowsError(
      try ReportWriter(templatesFolder: "/no/such/templates").write(try outcome(), to: folder.path + "-x"))
  }

  func testTemplateOverrideChangesTheReport() throws {
    let templates = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: templates) }
    try Data("# Branded {{view.client}}\n".utf8).write(to: templates.appendingPathComponent("report.md.mustache"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try ReportWriter(formats: [.md], templatesFolder: templates.path).write(try outcome(), to: folder.path)
    let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
    XCTAssertEqual(markdown, "# Branded &lt;b&gt;Client&lt;/b&gt;\n", "an override without the pragma escapes as HTML")
  }
}
