import ContainerFitModel

/// Merges a second description of a server into the first: empty fields are filled, and a field
/// both give differently is a conflict reported with both places, the first source winning.
enum ServerMerger {
  static func merge(_ incoming: ServerRecord, into existing: inout ServerRecord, report: (Diagnostic) -> Void) {
    // A flat export repeats its server on every application row, nearly always identically: then
    // there is nothing to fill and nothing to report, and one comparison replaces the field walk.
    var same = incoming.server
    same.source = existing.server.source
    if same == existing.server { return }
    func take<Value: Equatable>(_ keyPath: WritableKeyPath<Server, Value?>, _ field: Field) {
      guard let new = incoming.server[keyPath: keyPath] else { return }
      guard let old = existing.server[keyPath: keyPath] else {
        existing.server[keyPath: keyPath] = new
        if let location = incoming.fieldLocations[field] { existing.fieldLocations[field] = location }
        return
      }
      guard old != new else { return }
      let here = incoming.fieldLocations[field] ?? incoming.server.source ?? SourceLocation(file: "?")
      let first = existing.fieldLocations[field] ?? existing.server.source ?? SourceLocation(file: "?")
      report(
        Diagnostic(
          .warning, at: here, field: field.schemaName,
          "server '\(existing.server.id)': \(field.schemaName) \(describe(new)) conflicts with \(describe(old)) "
            + "read at \(first); the first is kept"))
    }
    // `WEB01` and `web01.corp.local` name the same machine: not a conflict.
    if let old = existing.server.hostname, let new = incoming.server.hostname,
      (EstateBuilder.shortName(old) ?? old.lowercased()) == (EstateBuilder.shortName(new) ?? new.lowercased())
    {
      // Keep the first.
    } else {
      take(\.hostname, .hostname)
    }
    take(\.osName, .osName)
    take(\.osBuild, .osBuild)
    take(\.cores, .cores)
    take(\.memoryGB, .serverMemoryGB)
    take(\.diskGB, .diskGB)
    take(\.platform, .platform)
    take(\.environment, .environment)
    take(\.licenseEdition, .licenseEdition)
    take(\.cpuUtilPct, .cpuUtilPct)
    take(\.memUtilPct, .memUtilPct)
    take(\.site, .site)
    take(\.hypervisorHost, .hypervisorHost)
    take(\.cluster, .cluster)
    take(\.ansiCodePage, .ansiCodePage)
    for (name, value) in incoming.server.attributes where existing.server.attributes[name] == nil {
      existing.server.attributes[name] = value
    }
  }

  private static func describe<Value>(_ value: Value) -> String {
    switch value {
    case let number as Double: return number.formattedForText
    case let text as String: return "'\(text)'"
    case let item as any RawRepresentable: return "'\(item.rawValue)'"
    default: return "\(value)"
    }
  }
}
