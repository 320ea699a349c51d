import ContainerFitAssessment
import ContainerFitModel
import ContainerFitRun
import Foundation

/// `assessment.json`, the contract of PRODUCT.md §2, streamed to disk.
///
/// A million applications make a file of about a gigabyte; `JSONEncoder` would hold the document,
/// its encoded tree and the bytes in memory at once. Here the small head (`run`, `summary`) is
/// encoded with `JSONEncoder`, and every list is written one element per line through `JSONBytes`,
/// in parallel chunks written in order, so memory stays at a few chunks.
///
/// The layout is deterministic and easy to read with line tools: the head first, then one element
/// per line (finding id, application, host, rejected record, data gap). Keys of the head are
/// sorted; keys of a list element follow the contract's order.
struct AssessmentJSONReporter: Reporter {
  static let format = ReportFormat.json

  /// Elements serialised per task: large enough to amortise scheduling, small enough that the
  /// chunks in flight stay a few megabytes.
  var chunkSize = 2_048

  func write(_ run: ReportInput, to path: String) throws {
    let outcome = run.outcome
    let output = try BufferedFileOutput(creatingAt: path, exclusive: true)
    try output.write("{\n  \"schemaVersion\": \(AssessmentDocument.currentSchemaVersion),\n")
    try output.write("  \"run\": " + (try Self.pretty(AssessmentDocument.RunInfo(outcome))) + ",\n")
    try output.write("  \"summary\": " + (try Self.pretty(AssessmentDocument.Summary(outcome))) + ",\n")
    try output.write("  \"assumptions\": " + (try Self.pretty(AssumptionRegister.entries(outcome))) + ",\n")
    let assessed = outcome.assessed
    let catalogue = AssessmentDocument.FindingEntry.catalogue(
      of: assessed, idCount: outcome.summary.findingCounts.count)
    try writeList("findings", count: catalogue.count, to: output) { index, lines in
      lines.append { catalogue[index].write(to: &$0) }
    }
    let remediations = AssessmentDocument.FindingEntry.remediations(catalogue)
    let placements = outcome.placements
    try writeList(
      "applications", count: assessed.count, to: output,
      chunk: { range, lines in
        var findings = FindingJSONCache(remediations: remediations)
        for index in range {
          lines.append {
            AssessmentDocument.writeApplication(
              of: assessed, at: index, placements: placements, findings: &findings, to: &$0)
          }
        }
      })
    let hosts = outcome.plan.hosts
    let platform = outcome.scenario.platform
    try writeList("hosts", count: hosts.count, to: output) { index, lines in
      lines.append { AssessmentDocument.HostResult(hosts[index], platform: platform).write(to: &$0) }
    }
    let servers = AssessmentDocument.servers(of: outcome)
    try writeList("servers", count: servers.count, to: output) { index, lines in
      lines.append { servers[index].write(to: &$0) }
    }
    let waves = outcome.waves.waves
    try writeList("waves", count: waves.count, to: output) { index, lines in
      lines.append { waves[index].write(to: &$0) }
    }
    let rejections = outcome.estate.rejections
    try writeList("rejected", count: rejections.count, to: output) { index, lines in
      lines.append { AssessmentDocument.RejectedRecord(rejections[index]).write(to: &$0) }
    }
    try writeList("dataGaps", count: assessed.count, to: output) { index, lines in
      // Read through the array, not copying each application only to list its gaps.
      for field in assessed[index].dataGaps {
        lines.append { DataGap(appId: assessed[index].id, field: field).write(to: &$0) }
      }
    }
    let outOfScope = outcome.estate.outOfScope
    try writeList("outOfScope", count: outOfScope.count, to: output, last: true) { index, lines in
      lines.append { outOfScope[index].write(to: &$0) }
    }
    try output.write("}\n")
    try output.finish(synchronize: false)
  }

  /// Writes `"name": [`, then the lines `element` makes of each of the `count` items (none, one or
  /// several, by index), then `]`.
  private func writeList(
    _ name: String, count: Int, to output: BufferedFileOutput, last: Bool = false,
    element: @Sendable @escaping (Int, inout JSONLines) -> Void
  ) throws {
    try writeList(name, count: count, to: output, last: last) { range, lines in
      for index in range { element(index, &lines) }
    }
  }

  /// The same, with the lines of a chunk of items made together (`chunk` gets the chunk's indices),
  /// for elements that share work within a chunk.
  private func writeList(
    _ name: String, count: Int, to output: BufferedFileOutput, last: Bool = false,
    chunk: @Sendable @escaping (Range<Int>, inout JSONLines) -> Void
  ) throws {
    try output.write("  \"\(name)\": [")
    var first = true
    try ParallelChunks(chunkSize: chunkSize).run(count: count) { range in
      var lines = JSONLines()
      chunk(range, &lines)
      return lines.finish()
    } consume: { chunk in
      guard !chunk.buffer.isEmpty else { return }
      // Every line starts with ",\n    "; the first of the list needs no comma.
      try chunk.buffer.withUnsafeBytes { try output.write(first ? UnsafeBufferPointer(rebasing: $0.dropFirst()) : $0) }
      first = false
    }
    try output.write(first ? "]" + (last ? "\n" : ",\n") : "\n  ]" + (last ? "\n" : ",\n"))
  }

  /// `JSONEncoder`'s pretty form of a small part, indented to sit one level inside the document.
  private static func pretty(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let lines = String(decoding: try encoder.encode(value), as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    return lines.enumerated().map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : "  " + $0.element }
      .joined(separator: "\n")
  }
}
