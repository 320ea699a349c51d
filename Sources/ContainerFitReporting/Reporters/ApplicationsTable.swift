import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun

/// One row per application with its key results: what `applications.csv` and `applications.xlsx`
/// hold, so a consultant can filter the whole estate in Excel.
struct ApplicationsTable {
  static let header = [
    "app_id", "name", "server_id", "hostname", "score", "verdict", "confidence", "blockers", "top_findings",
    "target", "target_reason", "base_image", "image", "container_build", "isolation", "image_size_gb", "cpu_cores",
    "memory_gb", "host_id", "effort_days", "data_gaps",
  ]

  let outcome: AssessmentOutcome

  /// Rows on demand, in assessment order (the inventory's order), so a million rows are never all built.
  func rows() -> TableRows {
    TableRows(
      Rows(
        apps: outcome.assessed, placements: outcome.placements, hostnames: outcome.estate.servers.map(\.hostname),
        serverIndices: outcome.estate.serverIndices))
  }

  /// The rows, each encoded straight from the assessed application and its placement.
  private struct Rows: TableRowSource {
    let apps: [AssessedApplication]
    let placements: [AppPlacement?]
    /// Each server's hostname, by position in the estate.
    let hostnames: [String?]
    /// Each application's server position in the estate (`Estate.serverIndices`).
    let serverIndices: [Int]

    var count: Int { apps.count }

    /// One row. Each field is read through the arrays and handed over borrowed: handing the
    /// application or its placement to a function would copy it, retaining each of its strings.
    func encodeRow<Sink: TableCellSink & ~Copyable>(_ index: Int, into sink: inout Sink) {
      sink.text(apps[index].id)
      sink.text(apps[index].name)
      sink.text(apps[index].serverId)
      sink.text(hostnames[serverIndices[index]])
      sink.number(apps[index].score)
      sink.text(apps[index].verdict.rawValue)
      sink.number(apps[index].confidence)
      list(apps[index].blockers, into: &sink)
      topFindings(index, into: &sink)
      sink.text(apps[index].target.kind.rawValue)
      sink.text(apps[index].target.reason)
      sink.text(apps[index].baseImage.rawValue)
      sink.text(apps[index].image)
      // A Linux container has no Windows build and no isolation mode: empty cells.
      if apps[index].os == .windows {
        sink.integer(apps[index].containerBuild)
        sink.text(apps[index].isolation.rawValue)
      } else {
        sink.empty()
        sink.empty()
      }
      sink.number(apps[index].imageSizeGB)
      sink.number(placements[index]?.cpuCores)
      sink.number(placements[index]?.memoryGB)
      sink.text(placements[index]?.hostId)
      sink.number(apps[index].effortDays)
      list(apps[index].dataGaps, into: &sink)
    }

    /// `id (−points); …` for the first three findings, composed in a buffer on the stack and handed
    /// over as bytes: composing a string per row costs the CSV and the workbook writers three to five
    /// times the instructions (callgrind, 100,000 rows: 0.6–0.95 G against 0.19 G).
    private func topFindings<Sink: TableCellSink & ~Copyable>(_ index: Int, into sink: inout Sink) {
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
          sink.text(
            apps[index].findings.prefix(3).map { "\($0.id) (−\(ReportFormatting.compact($0.points)))" }.joined(
              separator: "; "))
        }
      }
    }

    /// Items separated by `; `.
    private func list<Sink: TableCellSink & ~Copyable>(_ items: [String], into sink: inout Sink) {
      sink.text(items.joined(separator: "; "))
    }
  }
}
