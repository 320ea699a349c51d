import ContainerFitModel

/// A server as one record described it, with where each field was read (for conflict messages).
struct ServerRecord: Sendable {
  var server: Server
  var fieldLocations: FieldLocations
}

/// Turns raw records into typed servers and applications. A bad value is a warning and the field is
/// treated as missing; a record that cannot be identified is a rejection.
struct RecordDecoder {
  let diagnose: (Diagnostic) -> Void

  /// Decodes `record`, taking its server from `memo` when it repeats the one remembered there.
  func decode(_ record: RawRecord, memo: inout ServerMemo) -> DecodedRecord.Outcome {
    var values = DecodedValues(record: record, diagnose: diagnose)
    switch record.kind {
    case .server:
      guard let server = values.server(requireIdentity: true) else {
        return .rejection(
          Diagnostic(
            .rejection, at: record.location, field: Field.serverId.rawValue,
            "server record has neither server_id nor hostname, so it cannot be identified"))
      }
      return .server(server)
    case .application:
      guard let appId = values.text(.appId) else {
        return .rejection(
          Diagnostic(
            .rejection, at: record.location, field: Field.appId.rawValue,
            "application record has no app_id, so it cannot be identified"))
      }
      let server = values.server(requireIdentity: false, memo: &memo)
      // An application names its server by server_id; a flat row with only a hostname names it so.
      guard let serverId = values.text(.serverId) ?? server?.server.hostname else {
        return .rejection(
          Diagnostic(
            .rejection, at: record.location, field: Field.serverId.rawValue,
            "application '\(appId)' has no server_id, so it cannot be joined to a server"))
      }
      let app = values.application(id: appId, serverId: serverId)
      return .application(app, server: server, badFields: values.badFields)
    case .hypervisorHost, .hypervisorCluster:
      return infrastructure(record)
    }
  }
}

/// The typed values of one record, decoded field by field with warnings for unusable ones.
private struct DecodedValues {
  let record: RawRecord
  let diagnose: (Diagnostic) -> Void
  var badFields: Set<Field> = []
  /// Index in `record.fields` of each field's first value (-1: absent), by `Field.index`: a table,
  /// not a dictionary, because a `Field` hashes its whole name.
  private var firstIndex = [Int32](repeating: -1, count: Field.allCases.count)

  init(record: RawRecord, diagnose: @escaping (Diagnostic) -> Void) {
    self.record = record
    self.diagnose = diagnose
    for (index, field) in record.fields.enumerated() where firstIndex[field.field.index] < 0 {
      firstIndex[field.field.index] = Int32(index)
    }
  }

  /// The first value of `field` in the record.
  private subscript(field: Field) -> RawField? {
    let index = firstIndex[field.index]
    return index < 0 ? nil : record.fields[Int(index)]
  }

  func location(of field: Field) -> SourceLocation? { self[field]?.location }

  /// Warnings given so far, so a decode can tell whether it gave one.
  private(set) var warningCount = 0

  private mutating func warn(_ field: Field, _ message: String) {
    warningCount += 1
    badFields.insert(field)
    let location = self[field]?.location ?? record.location
    diagnose(Diagnostic(.warning, at: location, field: field.schemaName, message))
  }

  private func rawText(_ field: Field) -> String? {
    guard let raw = self[field] else { return nil }
    switch raw.value {
    case .text(let text):
      let trimmed = text.trimmedWhitespace
      return trimmed.isEmpty ? nil : trimmed
    case .number(let number): return number.formattedForText
    case .bool(let flag): return flag ? "true" : "false"
    case .list(let items): return items.joined(separator: ";")
    }
  }

  func text(_ field: Field) -> String? { rawText(field) }

  mutating func integer(_ field: Field, minimum: Int, maximum: Int = Int.max) -> Int? {
    guard let text = rawText(field) else { return nil }
    guard let value = ValueParser.integer(text, decimalComma: record.decimalComma) else {
      warn(field, "\(field.schemaName) '\(text)' is not a whole number; treated as missing")
      return nil
    }
    guard value >= minimum, value <= maximum else {
      warn(field, "\(field.schemaName) \(value) is out of range (\(minimum)...\(maximum)); treated as missing")
      return nil
    }
    return value
  }

  mutating func decimal(_ field: Field, minimum: Double, maximum: Double = .greatestFiniteMagnitude) -> Double? {
    if case .number(let number)? = self[field]?.value {
      return checkRange(field, number, minimum, maximum)
    }
    guard let text = rawText(field) else { return nil }
    guard let value = ValueParser.decimal(text, decimalComma: record.decimalComma) else {
      warn(field, "\(field.schemaName) '\(text)' is not a number; treated as missing")
      return nil
    }
    return checkRange(field, value, minimum, maximum)
  }

  private mutating func checkRange(_ field: Field, _ value: Double, _ minimum: Double, _ maximum: Double) -> Double? {
    guard value.isFinite, value >= minimum, value <= maximum else {
      let range =
        maximum == .greatestFiniteMagnitude
        ? "at least \(minimum.formattedForText)" : "\(minimum.formattedForText)...\(maximum.formattedForText)"
      warn(field, "\(field.schemaName) \(value.formattedForText) is out of range (\(range)); treated as missing")
      return nil
    }
    return value
  }

  mutating func boolean(_ field: Field) -> Bool? {
    if case .bool(let flag)? = self[field]?.value { return flag }
    guard let text = rawText(field) else { return nil }
    guard let value = ValueParser.boolean(text) else {
      warn(field, "\(field.schemaName) '\(text)' is not a boolean (true/false, yes/no, y/n, 1/0); treated as missing")
      return nil
    }
    return value
  }

  mutating func enumeration<E: RawRepresentable & CaseIterable>(_ field: Field, _ type: E.Type) -> E?
  where E.RawValue == String {
    guard let text = rawText(field) else { return nil }
    guard let value = ValueParser.enumeration(text, as: type) else {
      let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
      warn(field, "\(field.schemaName) '\(text)' is not one of: \(allowed); treated as missing")
      return nil
    }
    return value
  }

  mutating func dependencies() -> Set<Dependency>? {
    guard let raw = self[.dependencies] else { return nil }
    let items: [String]
    switch raw.value {
    case .list(let list): items = list.flatMap(ValueParser.listItems)
    case .text(let text): items = ValueParser.listItems(text)
    case .number, .bool:
      warn(.dependencies, "dependencies must be a list of names; treated as missing")
      return nil
    }
    var result = Set<Dependency>()
    var unknown = 0
    for item in items {
      // A name as the schema spells it first (nearly every one): no case is also a word for none.
      if let dependency = Dependency(rawValue: item) {
        result.insert(dependency)
        continue
      }
      if item == "-" || ["none", "n/a"].contains(item.lowercased()) { continue }
      if let dependency = ValueParser.enumeration(item, as: Dependency.self) {
        result.insert(dependency)
      } else {
        unknown += 1
        diagnose(
          Diagnostic(
            .warning, at: raw.location, field: Field.dependencies.rawValue,
            "unknown dependency '\(item)' ignored (known: \(Dependency.allCases.map(\.rawValue).joined(separator: ", ")))"
          ))
      }
    }
    // Only unknown names: what the app depends on is not known, which is a gap, not "none".
    if result.isEmpty, unknown > 0 {
      badFields.insert(.dependencies)
      return nil
    }
    return result
  }

  /// The server fields of the record; `nil` when it has none (or, with `requireIdentity`, no id).
  mutating func server(requireIdentity: Bool) -> ServerRecord? {
    var memo = ServerMemo()
    return server(requireIdentity: requireIdentity, memo: &memo)
  }

  /// As `server(requireIdentity:)`, taking the server `memo` remembers when this record's server
  /// fields repeat the remembered ones, and remembering this one when it decodes without a warning.
  mutating func server(requireIdentity: Bool, memo: inout ServerMemo) -> ServerRecord? {
    let serverFields = record.fields.filter { $0.field.isServerField }
    // On an application row, server_id alone only names the server; other server fields describe it.
    if !requireIdentity, !serverFields.contains(where: { $0.field != .serverId }) { return nil }
    if var server = memo.server(for: serverFields, decimalComma: record.decimalComma) {
      server.source = record.location
      return ServerRecord(server: server, fieldLocations: FieldLocations(firstOf: serverFields))
    }
    let warnings = warningCount
    guard let decoded = decodeServer(serverFields) else { return nil }
    if warningCount == warnings { memo.remember(decoded.server, from: serverFields, decimalComma: record.decimalComma) }
    return decoded
  }

  private mutating func decodeServer(_ serverFields: [RawField]) -> ServerRecord? {
    let hostname = text(.hostname)
    guard let id = text(.serverId) ?? hostname else { return nil }
    var server = Server(id: id, hostname: hostname, source: record.location)
    server.osName = text(.osName)
    server.osBuild = integer(.osBuild, minimum: 1, maximum: 1_000_000)
    server.cores = integer(.cores, minimum: 1, maximum: 100_000)
    server.memoryGB = decimal(.serverMemoryGB, minimum: 0)
    server.diskGB = decimal(.diskGB, minimum: 0)
    server.platform = enumeration(.platform, Platform.self)
    server.environment = text(.environment)
    server.licenseEdition = enumeration(.licenseEdition, LicenseEdition.self)
    server.cpuUtilPct = decimal(.cpuUtilPct, minimum: 0, maximum: 100)
    server.memUtilPct = decimal(.memUtilPct, minimum: 0, maximum: 100)
    server.site = text(.site)
    server.hypervisorHost = text(.hypervisorHost)
    server.cluster = text(.cluster)
    server.ansiCodePage = integer(.ansiCodePage, minimum: 1, maximum: 65535)
    if record.kind == .server { server.attributes = attributes }
    return ServerRecord(server: server, fieldLocations: FieldLocations(firstOf: serverFields))
  }

  mutating func application(id: String, serverId: String) -> Application {
    var app = Application(id: id, name: text(.name) ?? id, serverId: serverId, source: record.location)
    if text(.name) == nil {
      diagnose(
        Diagnostic(
          .warning, at: record.location, field: Field.name.rawValue,
          "application '\(id)' has no name; its app_id stands in"))
      badFields.insert(.name)
    }
    app.kind = enumeration(.kind, ApplicationKind.self)
    app.runtime = text(.runtime)
    app.gui = enumeration(.gui, GUIDependence.self)
    app.registryState = enumeration(.registryState, RegistryState.self)
    app.localState = enumeration(.localState, LocalState.self)
    app.logTarget = enumeration(.logTarget, LogTarget.self)
    app.codePageSensitive = boolean(.codePageSensitive)
    app.inMemoryState = boolean(.inMemoryState)
    app.installSizeMB = decimal(.installSizeMB, minimum: 0)
    app.cpuCores = decimal(.cpuCores, minimum: 0, maximum: 100_000)
    app.memoryGB = decimal(.appMemoryGB, minimum: 0)
    app.memoryAvgGB = decimal(.memoryAvgGB, minimum: 0)
    app.dependencies = dependencies()
    app.isolationRequired = enumeration(.isolationRequired, IsolationRequirement.self)
    app.instances = integer(.instances, minimum: 1, maximum: 1_000_000)
    app.attributes = attributes
    return app
  }

  var attributes: [String: String] {
    var result: [String: String] = [:]
    for (name, value) in record.attributes where result[name] == nil { result[name] = value }
    return result
  }
}

extension String {
  /// Trims spaces, tabs and line breaks at both ends.
  var trimmedWhitespace: String {
    // Fast path: nearly every value has no surrounding space (checked on the UTF-8 bytes; a
    // no-break space starts with 0xC2 and ends with 0xA0, so either end byte flags it).
    let utf8 = self.utf8
    guard let head = utf8.first, let tail = utf8.last else { return self }
    func plain(_ byte: UInt8) -> Bool { byte > 0x20 && byte != 0xC2 && byte != 0xA0 }
    if plain(head), plain(tail) { return self }
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{A0}" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
