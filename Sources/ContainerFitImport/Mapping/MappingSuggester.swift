import ContainerFitModel
import Foundation

/// Guesses a starting column mapping from a CSV's header (`validate --suggest-mapping FILE.csv`):
/// canonical names and their synonyms, then common export wordings (`RAM (MB)`, `Computer Name`,
/// `Operating System`), with the unit factor a header's unit implies. Headers it cannot place are
/// listed as comments for the consultant to fill in.
public enum MappingSuggester {
  /// The YAML text of the suggested mapping for the CSV file at `path`.
  public static func suggest(forFile path: String) throws -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportError.notFound(path: path) }
    defer { try? handle.close() }
    let prefix = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
    guard let names = InputSniffer.csvHeader([UInt8](prefix)), !names.isEmpty else {
      throw ImportError.notAnInventory(path: path, reason: "it has no CSV header line.")
    }
    return suggest(header: names)
  }

  /// The YAML text of the suggested mapping for a header.
  public static func suggest(header names: [String]) -> String {
    let guesses = names.map { guess($0) }
    let isApplications = guesses.contains { $0?.field == .appId || $0?.field == .name }
    var lines = [
      "# Suggested by containerfit from the file's header: check every line before use.",
      "kind: \(isApplications ? "applications" : "servers")", "columns:",
    ]
    var taken: Set<Field> = []
    for (name, guess) in zip(names, guesses) {
      let quoted = "\"\(name.replacingOccurrences(of: "\"", with: "\\\""))\""
      guard let guess, taken.insert(guess.field).inserted else {
        lines.append("  # \(quoted): ?")
        continue
      }
      let field =
        guess.field == .serverMemoryGB ? (isApplications ? "server_memory_gb" : "memory_gb") : guess.field.rawValue
      if let factor = guess.factor {
        lines.append("  \(quoted): { field: \(field), factor: \(factor) }")
      } else {
        lines.append("  \(quoted): \(field)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func guess(_ name: String) -> (field: Field, factor: Double?)? {
    if let field = FieldName.resolve(name, in: .server) { return (field, nil) }
    if let field = FieldName.resolve(name, in: .application) { return (field, nil) }
    let key = AdapterColumns.key(name)
    let megabytes = key.hasSuffix("mb") || key.contains("inmb") || key.hasSuffix("mib")
    let contains = { (words: [String]) in words.contains { key.contains($0) } }
    if contains(["memory", "ram"]), !contains(["util", "usage", "pct", "percent"]) {
      return (.serverMemoryGB, megabytes ? 1.0 / 1024 : nil)
    }
    if contains(["disk", "storage"]), !contains(["util", "usage"]) {
      return (.diskGB, megabytes ? 1.0 / 1024 : nil)
    }
    if contains(["cpu", "processor"]), contains(["util", "usage", "pct", "percent"]) { return (.cpuUtilPct, nil) }
    if contains(["cores", "cpus", "vcpu", "processors"]) { return (.cores, nil) }
    if contains(["operatingsystem", "osname", "os"]), !contains(["version", "build"]) { return (.osName, nil) }
    if contains(["computername", "servername", "hostname", "machinename", "vmname", "server", "computer"]) {
      return (.hostname, nil)
    }
    if contains(["applicationname", "appname", "application", "service", "website", "sitename"]) {
      return (.name, nil)
    }
    if contains(["datacenter", "location", "region", "site"]) { return (.site, nil) }
    if contains(["environment", "stage", "tier"]) { return (.environment, nil) }
    return nil
  }
}
