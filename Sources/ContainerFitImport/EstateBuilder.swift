import ContainerFitConcurrency
import ContainerFitModel

/// Joins the records of all inputs into an `Estate`, exactly as the schema's "Errors" section says:
/// records are decoded as they stream in; servers described twice are merged (first source wins,
/// conflicts are warnings naming both places); applications join servers by `server_id`, then by
/// case-insensitive hostname; an unknown server gets a placeholder. Counts reconcile: every record
/// read is kept or rejected.
public struct EstateBuilder {
  private var servers: [ServerRecord] = []
  /// Exact server ids (and ids merged into another server) → index in `servers`.
  private var serverById: [String: Int] = [:]
  /// Lower-cased ids and hostnames → index, for the case-insensitive hostname join.
  private var serverByAlias: [String: Int] = [:]
  /// Applications read, with the fields each had present but unusable (data gaps), side by side:
  /// the records' server parts are merged as they come, and keeping the rest apart from them
  /// halves what a million applications hold while loading.
  private var applications: [Application] = []
  private var badFields: [Set<Field>] = []
  /// The position in `applications` of each app id read, to refuse a second record with the same
  /// id (the first one's place is that application's source).
  private var appIndex = AppIdIndex()
  /// Applications that a later record with the same id may complete (`RawRecord.mergesByAppId`).
  private var mergeableApps: [String: Int] = [:]
  private var outOfScope: [OutOfScopeRecord] = []
  private var rejections: [Diagnostic] = []
  private var warnings: [Diagnostic] = []
  private var inputs: [InputSummary] = []
  /// Fields the current input supplied, one bit per `Field.slot` (hashing field names was costly).
  private var fieldsSeen: UInt64 = 0
  private var kindsSeen: Set<RawRecord.Kind> = []
  /// The id and position of the server merged last. A flat export names the same server on ten
  /// rows in a row; its id then maps to that position (a merge registers the id it was given), so
  /// the lookup is skipped.
  private var lastMerged: (id: String, index: Int)?

  public init() {}

  /// Starts the records of a new input file.
  public mutating func beginInput(path: String, format: String) {
    inputs.append(InputSummary(path: path, format: format, sha256: ""))
    fieldsSeen = 0
    kindsSeen = []
  }

  /// Records a problem a reader found. A rejection counts as a record of the current input.
  public mutating func add(_ diagnostic: Diagnostic) {
    switch diagnostic.severity {
    case .warning: warnings.append(diagnostic)
    case .rejection:
      rejections.append(diagnostic)
      if !inputs.isEmpty { inputs[inputs.count - 1].rejected += 1 }
    }
  }

  /// Decodes and merges one record of the current input.
  public mutating func add(_ record: RawRecord) {
    var decoded = DecodedRecord(record)
    add(&decoded)
  }

  /// Merges one record of the current input, decoded beforehand (possibly on another core), taking
  /// its parts out of it.
  mutating func add(_ record: inout DecodedRecord) {
    if case .readerDiagnostic(let diagnostic)? = record.other { return add(diagnostic) }
    precondition(!inputs.isEmpty, "beginInput must come before records")
    if case .outOfScope(let entry)? = record.other { return outOfScope.append(entry) }
    fieldsSeen |= record.fieldsCarried
    if !kindsSeen.contains(record.kind) { kindsSeen.insert(record.kind) }
    if !record.warnings.isEmpty { warnings.append(contentsOf: record.warnings) }
    if case .rejection(let rejection)? = record.other { return add(rejection) }
    guard var app = record.application.take() else {
      if let server = record.server.take() {
        merge(server)
        inputs[inputs.count - 1].servers += 1
      }
      return
    }
    if record.mergesByAppId, let index = mergeableApps[app.id] {
      if let server = record.server.take() { merge(server) }
      ApplicationMerger.merge(
        app, badFields: record.badFields, into: &applications[index], badFields: &badFields[index],
        report: { warnings.append($0) })
      inputs[inputs.count - 1].applications += 1
      return
    }
    let id = app.id
    if let index = appIndex.position(hash: record.appIdHash, where: { applications[$0].id == id }) {
      let first = applications[index].source ?? record.location
      add(
        Diagnostic(
          .rejection, at: record.location, field: Field.appId.rawValue,
          "duplicate app_id '\(id)': already read at \(first); this record is rejected"))
      return
    }
    appIndex.insert(hash: record.appIdHash, position: applications.count)
    if record.mergesByAppId { mergeableApps[id] = applications.count }
    // Merged: the row's own copy of its server (and where each field was) is not needed again, and
    // kept for a million rows it was most of the builder's memory.
    if let server = record.server.take() {
      let index = merge(server)
      if app.serverId == server.server.id { app.serverId = servers[index].server.id }
    }
    applications.append(app)
    badFields.append(record.badFields)
    inputs[inputs.count - 1].applications += 1
  }

  /// Closes the current input with its digest, and notes the canonical fields it never supplied.
  public mutating func endInput(sha256: String) {
    guard !inputs.isEmpty else { return }
    inputs[inputs.count - 1].sha256 = sha256
    var relevant: [Field] = []
    if kindsSeen.contains(.application) { relevant += Field.allCases.filter { !$0.isServerField } }
    if kindsSeen.contains(.server) || kindsSeen.contains(.application) {
      relevant += Field.allCases.filter(\.isServerField)
    }
    inputs[inputs.count - 1].missingFields = relevant.filter { fieldsSeen & $0.bit == 0 }.map(\.gapName)
      .sorted()
  }

  /// Joins applications to servers and returns the estate. Applications and servers keep input order
  /// (inputs are read in path order, so the order is deterministic).
  public consuming func build() -> Estate {
    // Taken, not copied: the builder's own reference would make the array shared, and the first
    // mutable access below would copy a million records.
    var records: [Application] = []
    swap(&records, &applications)
    // Each application's server: looked up on all cores (the tables are only read here), then, in
    // input order, a placeholder for each server id that nothing described.
    let (byId, byAlias) = (serverById, serverByAlias)
    var serverIndex = records.concurrentMap(minimumChunk: 4_096) { _, record in
      let id = record.serverId
      return byId[id] ?? byAlias[id.lowercased()] ?? Self.shortName(id).flatMap { byAlias[$0] } ?? -1
    }
    var placeholderIndex: [String: Int] = [:]
    for index in records.indices where serverIndex[index] < 0 {
      let id = records[index].serverId
      if let existing = placeholderIndex[id] {
        serverIndex[index] = existing
        continue
      }
      placeholderIndex[id] = servers.count
      serverIndex[index] = servers.count
      servers.append(
        ServerRecord(
          server: Server(id: id, isPlaceholder: true, source: records[index].source), fieldLocations: [:]))
    }
    // Joined and checked for gaps on all cores, each application taken out of its record (which
    // keeps an empty one) rather than copied: the records are dropped right after.
    let joined = servers.map(\.server)
    let serverOf = serverIndex
    let bad = badFields
    let apps = records.concurrentMap(minimumChunk: 4_096) { index, record in
      var app = Application(id: "", name: "", serverId: "")
      swap(&app, &record)
      let server = joined[serverOf[index]]
      app.serverId = server.id
      app.dataGaps = DataGapFinder.gaps(of: app, on: server, badFields: bad[index])
      return app
    }
    return Estate(
      servers: joined, applications: apps, rejections: rejections, warnings: warnings, inputs: inputs,
      outOfScope: outOfScope)
  }

  @discardableResult
  private mutating func merge(_ record: ServerRecord) -> Int {
    let id = record.server.id
    let repeated = lastMerged.flatMap { $0.id == id ? $0.index : nil }
    let existing =
      repeated ?? serverById[id] ?? serverByAlias[id.lowercased()]
      ?? record.server.hostname.flatMap { serverByAlias[$0.lowercased()] }
      ?? record.server.hostname.flatMap(Self.shortName).flatMap { serverByAlias[$0] }
    guard let index = existing else {
      let index = servers.count
      servers.append(record)
      register(record.server, at: index)
      lastMerged = (id, index)
      return index
    }
    lastMerged = (id, index)
    // Merged in place (a copy would duplicate the server's dictionaries on every flat row), and
    // registered again only when the merge gave the server a hostname it lacked.
    let hadHostname = servers[index].server.hostname != nil
    var conflicts: [Diagnostic] = []
    ServerMerger.merge(record, into: &servers[index], report: { conflicts.append($0) })
    warnings.append(contentsOf: conflicts)
    if !hadHostname, servers[index].server.hostname != nil { register(servers[index].server, at: index) }
    if serverById[id] == nil { serverById[id] = index }
    return index
  }

  private mutating func register(_ server: Server, at index: Int) {
    if serverById[server.id] == nil { serverById[server.id] = index }
    if serverByAlias[server.id.lowercased()] == nil { serverByAlias[server.id.lowercased()] = index }
    if let hostname = server.hostname?.lowercased(), serverByAlias[hostname] == nil {
      serverByAlias[hostname] = index
    }
    // Exports name machines by DNS name (RVTools) or by NetBIOS name (CLIXML, App2Container folders):
    // the first label of a fully qualified name is an alias too, the first server holding it winning.
    if let short = server.hostname.flatMap(Self.shortName), serverByAlias[short] == nil {
      serverByAlias[short] = index
    }
  }

  /// The lower-cased first label of a dotted host name (`web01` for `WEB01.corp.local`); `nil` for a
  /// name without a dot or an IP address.
  static func shortName(_ name: String) -> String? {
    guard let dot = name.firstIndex(of: "."), dot != name.startIndex,
      !name.allSatisfy({ $0.isNumber || $0 == "." })
    else { return nil }
    return name[..<dot].lowercased()
  }
}
