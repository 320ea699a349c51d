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
      topFindings(index, into: &sink)
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

    /// `id (−points); …` for the first three findings, composed in a buffer on the stack and handed
    /// over as bytes: built as a string, appended piece by piece, it was a sixth of writing the CSV
    /// and the workbook.
    private func topFindings<Sink: TableCellSink>(_ index: Int, into sink: inout Sink) {
      let capacity = 512
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
        var end = 0
        var fits = true
        func append(_ bytes: UnsafeBufferPointer<UInt8>) {
          guard fits, end + bytes.count <= capacity else { return fits = false }
          for byte in bytes {
            buffer[end] = byte
            end += 1
          }
        }
        func append(_ literal: StaticString) { literal.withUTF8Buffer { append($0) } }
        for finding in apps[index].findings.indices.prefix(3) {
          if end > 0 { append("; ") }
          apps[index].findings[finding].id.withUTF8Bytes { append($0) }
          append(" (−")
          ReportFormatting.compact(apps[index].findings[finding].points).withUTF8Bytes { append($0) }
          append(")")
        }
        if fits {
          sink.text(utf8: UnsafeBufferPointer(rebasing: buffer[..<end]))
        } else {
          sink.text(topFindingsText(index))
        }
      }
    }

    /// The same text as a string, for findings too long for the buffer.
    private func topFindingsText(_ index: Int) -> String {
      apps[index].findings.prefix(3).map { "\($0.id) (−\(ReportFormatting.compact($0.points)))" }.joined(
        separator: "; ")
    }
  }
}
