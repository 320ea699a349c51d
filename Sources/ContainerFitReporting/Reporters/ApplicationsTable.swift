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
      Self.cells(of: assessed, at: index, placements: placements, hostnames: hostnames)
    }
  }

  /// One row. Each field is read through the arrays: handing the application or its placement to a
  /// function copied it, retaining every one of its strings and lists, for each of a million rows,
  /// twice.
  private static func cells(
    of apps: [AssessedApplication], at index: Int, placements: [AppPlacement?], hostnames: [String: String?]
  ) -> [TableCell] {
    // `id (−points); …` appended piece by piece: interpolating and joining made several strings.
    var top = ""
    for finding in apps[index].findings.indices.prefix(3) {
      if !top.isEmpty { top += "; " }
      top += apps[index].findings[finding].id
      top += " (−"
      top += ReportFormatting.compact(apps[index].findings[finding].points)
      top += ")"
    }
    return [
      .text(apps[index].id), .text(apps[index].name), .text(apps[index].serverId),
      text(hostnames[apps[index].serverId] ?? nil), .number(apps[index].score), .text(apps[index].verdict.rawValue),
      .number(apps[index].confidence), .text(apps[index].blockers.joined(separator: "; ")),
      .text(top), .text(apps[index].baseImage.rawValue), .integer(apps[index].containerBuild),
      .text(apps[index].isolation.rawValue), .number(apps[index].imageSizeGB), number(placements[index]?.cpuCores),
      number(placements[index]?.memoryGB), text(placements[index]?.hostId), .number(apps[index].effortDays),
      .text(apps[index].dataGaps.joined(separator: "; ")),
    ]
  }

  private static func text(_ value: String?) -> TableCell { value.map(TableCell.text) ?? .empty }

  private static func number(_ value: Double?) -> TableCell { value.map(TableCell.number) ?? .empty }
}
