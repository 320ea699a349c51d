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
    // Hostnames alone: looking a whole `Server` up copied all its fields for every row.
    var hostnames: [String: String?] = [:]
    for server in outcome.estate.servers where hostnames[server.id] == nil {
      hostnames[server.id] = .some(server.hostname)
    }
    return TableRows(Rows(apps: outcome.assessed, placements: outcome.placements, hostnames: hostnames))
  }

  /// The rows, each encoded straight from the assessed application and its placement.
  private struct Rows: TableRowSource {
    let apps: [AssessedApplication]
    let placements: [AppPlacement?]
    let hostnames: [String: String?]

    var count: Int { apps.count }

    /// One row. Each field is read through the arrays and handed over borrowed: handing the
    /// application or its placement to a function copied it, and cells made of its strings retained
    /// each of them, for each of a million rows, twice.
    func encodeRow<Sink: TableCellSink>(_ index: Int, into sink: inout Sink) {
      sink.text(apps[index].id)
      sink.text(apps[index].name)
      sink.text(apps[index].serverId)
      sink.text(hostnames[apps[index].serverId] ?? nil)
      sink.number(apps[index].score)
      sink.text(apps[index].verdict.rawValue)
      sink.number(apps[index].confidence)
      sink.text(apps[index].blockers.joined(separator: "; "))
      sink.text(topFindings(index))
      sink.text(apps[index].baseImage.rawValue)
      sink.integer(apps[index].containerBuild)
      sink.text(apps[index].isolation.rawValue)
      sink.number(apps[index].imageSizeGB)
      sink.number(placements[index]?.cpuCores)
      sink.number(placements[index]?.memoryGB)
      sink.text(placements[index]?.hostId)
      sink.number(apps[index].effortDays)
      sink.text(apps[index].dataGaps.joined(separator: "; "))
    }

    /// `id (−points); …` for the first three findings, appended piece by piece: interpolating and
    /// joining made several strings.
    private func topFindings(_ index: Int) -> String {
      var top = ""
      for finding in apps[index].findings.indices.prefix(3) {
        if !top.isEmpty { top += "; " }
        top += apps[index].findings[finding].id
        top += " (−"
        top += ReportFormatting.compact(apps[index].findings[finding].points)
        top += ")"
      }
      return top
    }
  }
}
