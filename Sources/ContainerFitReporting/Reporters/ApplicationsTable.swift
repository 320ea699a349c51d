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
    let servers = outcome.estate.servers
    let apps = outcome.assessed
    var positionOf: [String: Int] = [:]  // the first server of each id
    for (position, server) in servers.enumerated() where positionOf[server.id] == nil {
      positionOf[server.id] = position
    }
    // Each application's server found once for both tables (before, each row hashed its server id
    // in each); the applications of one server follow one another, so a run of them shares a lookup.
    var serverOf = [Int32](repeating: -1, count: apps.count)
    var run: (id: String, position: Int32)?
    for index in apps.indices {
      if let run, run.id == apps[index].serverId {
        serverOf[index] = run.position
        continue
      }
      let position = positionOf[apps[index].serverId].map(Int32.init) ?? -1
      run = (apps[index].serverId, position)
      serverOf[index] = position
    }
    return TableRows(
      Rows(apps: apps, placements: outcome.placements, hostnames: servers.map(\.hostname), serverOf: serverOf))
  }

  /// The rows, each encoded straight from the assessed application and its placement.
  private struct Rows: TableRowSource {
    let apps: [AssessedApplication]
    let placements: [AppPlacement?]
    /// Each server's hostname, by position in the estate.
    let hostnames: [String?]
    /// Each application's server position (-1: no server of that id).
    let serverOf: [Int32]

    var count: Int { apps.count }

    /// One row. Each field is read through the arrays and handed over borrowed: handing the
    /// application or its placement to a function copied it, and cells made of its strings retained
    /// each of them, for each of a million rows, twice.
    func encodeRow<Sink: TableCellSink>(_ index: Int, into sink: inout Sink) {
      sink.text(apps[index].id)
      sink.text(apps[index].name)
      sink.text(apps[index].serverId)
      sink.text(serverOf[index] < 0 ? nil : hostnames[Int(serverOf[index])])
      sink.number(apps[index].score)
      sink.text(apps[index].verdict.rawValue)
      sink.number(apps[index].confidence)
      list(apps[index].blockers, into: &sink)
      topFindings(index, into: &sink)
      sink.text(apps[index].baseImage.rawValue)
      sink.integer(apps[index].containerBuild)
      sink.text(apps[index].isolation.rawValue)
      sink.number(apps[index].imageSizeGB)
      sink.number(placements[index]?.cpuCores)
      sink.number(placements[index]?.memoryGB)
      sink.text(placements[index]?.hostId)
      sink.number(apps[index].effortDays)
      list(apps[index].dataGaps, into: &sink)
    }

    /// Items separated by `; ` (nearly always none or one, handed over without joining).
    private func list<Sink: TableCellSink>(_ items: [String], into sink: inout Sink) {
      switch items.count {
      case 0: sink.text("")
      case 1: sink.text(items[0])
      default: sink.text(items.joined(separator: "; "))
      }
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
