import ContainerFitModel

/// Completes an application with a second description of it from another file (App2Container's
/// `analysis.json` after its `inventory.json`): empty fields are filled, dependencies are united, and
/// a field both give differently is a warning naming both places, the first description winning.
enum ApplicationMerger {
  static func merge(
    _ new: Application, badFields incomingBadFields: Set<Field>, into existing: inout Application,
    badFields: inout Set<Field>, report: (Diagnostic) -> Void
  ) {
    let here = new.source ?? SourceLocation(file: "?")
    let first = existing.source ?? SourceLocation(file: "?")
    func take<Value: Equatable>(_ keyPath: WritableKeyPath<Application, Value?>, _ field: Field) {
      guard let value = new[keyPath: keyPath] else { return }
      guard let old = existing[keyPath: keyPath] else {
        existing[keyPath: keyPath] = value
        badFields.remove(field)
        return
      }
      guard old != value else { return }
      report(
        Diagnostic(
          .warning, at: here, field: field.schemaName,
          "application '\(new.id)': \(field.schemaName) '\(value)' conflicts with '\(old)' read at \(first); "
            + "the first is kept"))
    }
    if badFields.contains(.name), !incomingBadFields.contains(.name) {
      existing.name = new.name
      badFields.remove(.name)
    }
    if new.serverId != existing.serverId {
      report(
        Diagnostic(
          .warning, at: here, field: Field.serverId.rawValue,
          "application '\(new.id)': server '\(new.serverId)' differs from '\(existing.serverId)' "
            + "read at \(first); the first is kept"))
    }
    take(\.kind, .kind)
    take(\.runtime, .runtime)
    take(\.gui, .gui)
    take(\.registryState, .registryState)
    take(\.localState, .localState)
    take(\.logTarget, .logTarget)
    take(\.codePageSensitive, .codePageSensitive)
    take(\.inMemoryState, .inMemoryState)
    take(\.installSizeMB, .installSizeMB)
    take(\.cpuCores, .cpuCores)
    take(\.memoryGB, .appMemoryGB)
    take(\.memoryAvgGB, .memoryAvgGB)
    take(\.isolationRequired, .isolationRequired)
    take(\.instances, .instances)
    if let dependencies = new.dependencies {
      existing.dependencies = (existing.dependencies ?? []).union(dependencies)
    }
    for (name, value) in new.attributes where existing.attributes[name] == nil {
      existing.attributes[name] = value
    }
  }
}
