import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

/// One row per application with its key results: what `applications.csv` and `applications.xlsx`
/// hold, so a consultant can filter the whole estate in Excel.
struct ApplicationsTable {
  static let header = [
    "app_id", "name", "server_id", "hostname", "score", "verdict", "confidence", "blockers", "top_findings",
    "base_image", "container_build", "isolation", "image_size_gb", "cpu_cores", "memory_gb", "host_id",
    "effort_days", "data_gaps",
  ]

  let outcome: AssessmentOutcome

  /// Rows on demand, in assessment order (the inventory's order), so a million rows are never all built.
  func rows() -> TableRows {
    let placements = outcome.placements
    // Hostnames alone: looking a whole `Server` up copied all its fields for every row.
    var hostnames: [String: String?] = [:]
    for server in outcome.estate.servers where hostnames[server.id] == nil {
      hostnames[server.id] = .some(server.hostname)
    }
    let assessed = outcome.assessed
    return TableRows(count: assessed.count) { [hostnames] index -> [TableCell] in
      Self.cells(assessed[index], placements[index], hostname: hostnames[assessed[index].serverId] ?? nil)
    }
  }

  /// One row, read from the application in place (a copy retained each of its strings and lists).
  private static func cells(
    _ app: AssessedApplication, _ placement: AppPlacement?, hostname: String?
  ) -> [TableCell] {
    let top = app.findings.prefix(3).map { "\($0.id) (−\(ReportFormatting.compact($0.points)))" }
    return [
      .text(app.id), .text(app.name), .text(app.serverId), text(hostname),
      .number(app.score), .text(app.verdict.rawValue), .number(app.confidence),
      .text(app.blockers.joined(separator: "; ")), .text(top.joined(separator: "; ")), .text(app.baseImage.rawValue),
      .integer(app.containerBuild), .text(app.isolation.rawValue), .number(app.imageSizeGB),
      number(placement?.cpuCores), number(placement?.memoryGB), text(placement?.hostId), .number(app.effortDays),
      .text(app.dataGaps.joined(separator: "; ")),
    ]
  }

  private static func text(_ value: String?) -> TableCell { value.map(TableCell.text) ?? .empty }

  private static func number(_ value: Double?) -> TableCell { value.map(TableCell.number) ?? .empty }
}
