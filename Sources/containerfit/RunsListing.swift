import ContainerFitHistory
import ContainerFitReporting
import Foundation

/// What `runs list` and `runs show` print.
struct RunsListing {
  let rows: [RunSummaryRow]

  init(_ rows: [RunSummaryRow]) { self.rows = rows }

  /// The contract: a JSON array of `{id, createdAt, name, summary}`, `summary` being the summary
  /// object of assessment.json.
  func jsonText() throws -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    var items: [[String: Any]] = []
    for row in rows {
      let summary = try JSONSerialization.jsonObject(with: Data(row.summaryJSON.utf8))
      items.append([
        "id": row.id, "createdAt": formatter.string(from: row.createdAt), "name": row.name, "summary": summary,
      ])
    }
    let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  func text() -> String {
    guard !rows.isEmpty else { return "No runs recorded." }
    let decoder = JSONDecoder()
    var lines = [
      pad("RUN", 30) + pad("CREATED (UTC)", 22) + pad("SCENARIO", 18) + pad("APPS", 8) + pad("HOSTS", 8) + "SAVINGS"
    ]
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
    for row in rows {
      let summary = try? decoder.decode(AssessmentDocument.Summary.self, from: Data(row.summaryJSON.utf8))
      let savings = summary.map { "\($0.licensing.currency) \(Int($0.annual.savings.rounded()))" } ?? "–"
      lines.append(
        pad(row.id, 30) + pad(formatter.string(from: row.createdAt), 22) + pad(row.name, 18)
          + pad(String(row.applicationCount), 8) + pad(summary.map { String($0.consolidation.targetHosts) } ?? "–", 8)
          + savings)
    }
    return lines.joined(separator: "\n")
  }

  static func describe(_ record: RunRecord) -> String {
    var lines = [
      "Run \(record.id)", "  created  \(record.createdAt)", "  scenario \(record.name)",
      "  tool     containerfit \(record.toolVersion)", "Inputs:",
    ]
    for input in record.inputs {
      lines.append(
        "  \(input.path) (\(input.format), sha256 \(input.sha256.prefix(12))): \(input.servers) servers, "
          + "\(input.applications) applications, \(input.rejected) rejected")
    }
    lines.append("Summary: \(record.summaryJSON)")
    lines.append("Scenario: \(record.scenarioJSON)")
    lines.append("Applications: \(record.applications.count)")
    return lines.joined(separator: "\n")
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
