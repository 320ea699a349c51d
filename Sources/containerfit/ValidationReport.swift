import ContainerFitModel
import Foundation

/// What `validate` prints: a readable summary, or the JSON object of the schema's contract.
struct ValidationReport {
  let estate: Estate

  init(_ estate: Estate) { self.estate = estate }

  /// The contract object: servers, applications, rejected, warnings, rejections, fieldWarnings,
  /// dataGaps (field → count); plus `inputs` (per file, with the reconciliation: `records` read =
  /// servers + applications + outOfScope + hypervisorHosts + hypervisorClusters + rejected),
  /// `outOfScope`, `hypervisorHosts` and `hypervisorClusters`.
  func jsonText() throws -> String {
    struct Item: Encodable {
      var file: String
      var line: Int?
      var column: Int?
      var field: String?
      var reason: String
      init(_ d: Diagnostic) {
        file = d.location.file
        line = d.location.line
        column = d.location.column
        field = d.field
        reason = d.message
      }
      func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(field, forKey: .field)
        try c.encode(reason, forKey: .reason)
      }
      enum CodingKeys: String, CodingKey { case file, line, column, field, reason }
    }
    struct Input: Encodable {
      var path, format, sha256: String
      var records, servers, applications, outOfScope, hypervisorHosts, hypervisorClusters, rejected: Int
    }
    struct Output: Encodable {
      var servers, applications, rejected, warnings: Int
      var rejections: [Item]
      var fieldWarnings: [Item]
      var dataGaps: [String: Int]
      var inputs: [Input]
      var outOfScope: [OutOfScopeRecord]
      var hypervisorHosts: [HypervisorHost]
      var hypervisorClusters: [HypervisorCluster]
    }
    let output = Output(
      servers: estate.servers.count, applications: estate.applications.count, rejected: estate.rejections.count,
      warnings: estate.warnings.count, rejections: estate.rejections.map(Item.init),
      fieldWarnings: estate.warnings.map(Item.init), dataGaps: estate.dataGapCounts,
      inputs: estate.inputs.map {
        Input(
          path: $0.path, format: $0.format, sha256: $0.sha256, records: $0.records, servers: $0.servers,
          applications: $0.applications, outOfScope: $0.outOfScope, hypervisorHosts: $0.hypervisorHosts,
          hypervisorClusters: $0.hypervisorClusters, rejected: $0.rejected)
      }, outOfScope: estate.outOfScope, hypervisorHosts: estate.hypervisorHosts,
      hypervisorClusters: estate.hypervisorClusters)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(output), as: UTF8.self)
  }

  /// A summary a person reads.
  func text() -> String {
    var lines: [String] = []
    lines.append("Inputs")
    let width = estate.inputs.map(\.path.count).max() ?? 0
    let formatWidth = max(5, estate.inputs.map(\.format.count).max() ?? 0)
    for input in estate.inputs {
      let path = input.path.padding(toLength: width, withPad: " ", startingAt: 0)
      // Every record read is accounted for: the parts add up to the records read.
      lines.append(
        "  \(path)  \(input.format.padding(toLength: formatWidth, withPad: " ", startingAt: 0))  "
          + "\(input.records) records = \(input.servers) servers, \(input.applications) applications"
          + (input.outOfScope > 0 ? ", \(input.outOfScope) out of scope" : "")
          + (input.hypervisorHosts > 0 ? ", \(input.hypervisorHosts) hypervisor hosts" : "")
          + (input.hypervisorClusters > 0 ? ", \(input.hypervisorClusters) clusters" : "")
          + ", \(input.rejected) rejected")
      if !["csv", "json", "jsonl", "xml"].contains(input.format), !input.missingFields.isEmpty {
        lines.append("    could not supply: \(input.missingFields.joined(separator: ", "))")
      }
    }
    let placeholders = estate.servers.filter(\.isPlaceholder).count
    lines.append("")
    lines.append(
      "Servers:      \(estate.servers.count)"
        + (placeholders > 0 ? " (\(placeholders) placeholder, not in any input)" : ""))
    lines.append("Applications: \(estate.applications.count)")
    lines.append("Rejected:     \(estate.rejections.count)")
    lines.append("Out of scope: \(estate.outOfScope.count)")
    for record in estate.outOfScope {
      lines.append("  \(record.location)  \(record.name): \(record.reason)")
    }
    if !estate.hypervisorHosts.isEmpty {
      lines.append(
        "Hypervisor hosts: \(estate.hypervisorHosts.count)"
          + (estate.hypervisorClusters.isEmpty ? "" : " in \(estate.hypervisorClusters.count) clusters"))
    }
    lines.append("Warnings:     \(estate.warnings.count)")
    let gaps = estate.dataGapCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    if gaps.isEmpty {
      lines.append("Data gaps:    none")
    } else {
      lines.append("Data gaps by field (applications lacking it):")
      let gapWidth = gaps.map(\.key.count).max() ?? 0
      for (field, count) in gaps {
        lines.append("  \(field.padding(toLength: gapWidth, withPad: " ", startingAt: 0))  \(count)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
