import ContainerFitConcurrency
import ContainerFitModel

/// Joins the records of all inputs into an `Estate`, exactly as the schema's "Errors" section says:
/// records are decoded as they stream in; servers described twice are merged (first source wins,
/// conflicts are warnings naming both places); applications join servers by `server_id`, then by
/// case-insensitive hostname; an unknown server gets a placeholder. Counts reconcile: every record
/// read is kept or rejected.
///
/// A server's identity is its id (real-world-formats.md, "Server identity"): two server records
/// with ids of their own are two servers, whatever their hostnames (a cloned VM keeps its source's
/// DNS name). A hostname joins only a record whose id is a name (`idIsName`: an export that knows a
/// machine by its name alone). A hostname that names several servers is a warning naming them all,
/// and an application naming its server by it is joined to none of them (a placeholder).
public struct EstateBuilder {
  private var servers: [ServerRecord] = []
  /// Exact server ids (and ids merged into another server) → index in `servers`.
  private var serverById: [String: Int] = [:]
  /// Lower-cased ids and hostnames → index, for the case-insensitive hostname join.
  private var serverByAlias: [String: Int] = [:]
  /// Aliases (lower-cased hostnames and their first labels) that name more than one server, with
  /// the ids of the servers they name.
  private var ambiguousAliases: [String: [String]] = [:]
  /// Applications read, and beside each the fields it had present but unusable (its data gaps).
  private var applications: [Application] = []
  private var badFields: [Set<Field>] = []
  /// The position in `applications` of each app id read, to refuse a second record with the same
  /// id (the first one's place is that application's source).
  private var appIndex = AppIdIndex()
  /// Applications that a later record with the same id may complete (`RawRecord.mergesByAppId`).
  private var mergeableApps: [String: Int] = [:]
  private var outOfScope: [OutOfScopeRecord] = []
  private var hypervisorHosts: [HypervisorHost] = []
  private var hypervisorHostIndex: [String: Int] = [:]
  private var hypervisorClusters: [HypervisorCluster] = []
  private var rejections: [Diagnostic] = []
  private var warnings: [Diagnostic] = []
  private var inputs: [InputSummary] = []
  /// Fields the current input supplied (`Field.bit` set for each).
  private var fieldsSeen: UInt64 = 0
  private var kindsSeen: Set<RawRecord.Kind> = []

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
    add(DecodedRecord(record))
  }

  /// Merges one record of the current input, decoded beforehand (possibly on another core).
  mutating func add(_ record: consuming DecodedRecord) {
    if case .readerDiagnostic(let diagnostic) = record.outcome { return add(diagnostic) }
    precondition(!inputs.isEmpty, "beginInput must come before records")
    fieldsSeen |= record.fieldsCarried
    if !kindsSeen.contains(record.kind) { kindsSeen.insert(record.kind) }
    if !record.warnings.isEmpty { warnings.append(contentsOf: record.warnings) }
    let (location, mergesByAppId, appIdHash) = (record.location, record.mergesByAppId, record.appIdHash)
    switch record.takeOutcome() {
    case .readerDiagnostic: break
    case .outOfScope(let entry):
      outOfScope.append(entry)
      inputs[inputs.count - 1].outOfScope += 1
    case .hypervisorHost(let host):
      add(host)
      inputs[inputs.count - 1].hypervisorHosts += 1
    case .hypervisorCluster(let cluster):
      if !hypervisorClusters.contains(where: { $0.name == cluster.name }) { hypervisorClusters.append(cluster) }
      inputs[inputs.count - 1].hypervisorClusters += 1
    case .rejection(let rejection): add(rejection)
    case .server(let server):
      merge(server)
      inputs[inputs.count - 1].servers += 1
    case .application(let app, let server, let badFields):
      add(app, server: server, badFields: badFields, at: location, mergesByAppId: mergesByAppId, appIdHash: appIdHash)
    }
  }

  private mutating func add(
    _ app: consuming Application, server: ServerRecord?, badFields: Set<Field>, at location: SourceLocation,
    mergesByAppId: Bool, appIdHash: UInt32
  ) {
    if mergesByAppId, let index = mergeableApps[app.id] {
      if let server { merge(server) }
      ApplicationMerger.merge(
        app, badFields: badFields, into: &applications[index], badFields: &self.badFields[index],
        report: { warnings.append($0) })
      inputs[inputs.count - 1].applications += 1
      return
    }
    let id = app.id
    if let index = appIndex.position(hash: appIdHash, where: { applications[$0].id == id }) {
      let first = applications[index].source ?? location
      add(
        Diagnostic(
          .rejection, at: location, field: Field.appId.rawValue,
          "duplicate app_id '\(id)': already read at \(first); this record is rejected"))
      return
    }
    appIndex.insert(hash: appIdHash, position: applications.count)
    if mergesByAppId { mergeableApps[id] = applications.count }
    if let server {
      // The application names its server by the id of the server it was merged into.
      let index = merge(server)
      if app.serverId == server.server.id { app.serverId = servers[index].server.id }
    }
    applications.append(app)
    self.badFields.append(badFields)
    inputs[inputs.count - 1].applications += 1
  }

  /// Keeps the first host of a name; a second with the same name is a warning naming both places.
  private mutating func add(_ host: HypervisorHost) {
    let key = host.name.lowercased()
    if let index = hypervisorHostIndex[key] {
      warnings.append(
        Diagnostic(
          .warning, at: host.source ?? SourceLocation(file: inputs.last?.path ?? ""),
          "hypervisor host '\(host.name)' is also described at \(hypervisorHosts[index].source.map { "\($0)" } ?? "?"); "
            + "the first is kept"))
      return
    }
    hypervisorHostIndex[key] = hypervisorHosts.count
    hypervisorHosts.append(host)
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
    inputs[inputs.count - 1].missingFields = relevant.filter { $0.isExpected && fieldsSeen & $0.bit == 0 }.map(
      \.gapName
    )
    .sorted()
  }

  /// Joins applications to servers and returns the estate, with the join kept in it
  /// (`Estate.serverIndices`). Applications and servers keep input order (inputs are read in path
  /// order, so the order is deterministic).
  public consuming func build() -> Estate {
    // Taken, not copied: the builder's own reference would make the array shared, and the first
    // mutable access below would copy every application.
    var apps: [Application] = []
    swap(&apps, &applications)
    // Each application's server, then, in input order, a placeholder for each server id that
    // nothing described.
    var serverIndices = Self.serverIndices(
      of: apps, byId: serverById, byAlias: serverByAlias, ambiguous: ambiguousAliases)
    var placeholderIndex: [String: Int] = [:]
    for index in apps.indices where serverIndices[index] < 0 {
      let id = apps[index].serverId
      if let existing = placeholderIndex[id] {
        serverIndices[index] = existing
        continue
      }
      placeholderIndex[id] = servers.count
      serverIndices[index] = servers.count
      servers.append(
        ServerRecord(server: Server(id: id, isPlaceholder: true, source: apps[index].source), fieldLocations: [:]))
    }
    // Each application names its server by the server's own id from here on, and its data gaps are
    // listed against that server: on all cores, each application changed where it is.
    let joined = servers.map(\.server)
    let (serverOf, bad) = (serverIndices, badFields)
    apps.concurrentlyUpdateEach(minimumChunk: 4_096) { index, app in
      app.serverId = joined[serverOf[index]].id
      app.dataGaps = DataGapFinder.gaps(of: app, on: joined[serverOf[index]], badFields: bad[index])
    }
    var estate = Estate(
      servers: joined, applications: apps, serverIndices: serverIndices, rejections: rejections,
      warnings: warnings, inputs: inputs, outOfScope: outOfScope)
    estate.hypervisorHosts = hypervisorHosts
    estate.hypervisorClusters = hypervisorClusters
    return estate
  }

  /// The index of each application's server in `servers` (−1: none, or a name that names several),
  /// looked up on all cores (the tables are only read here). Each application's server id is read
  /// where it is: handing the whole application to a closure copied it, every string retained.
  private static func serverIndices(
    of apps: [Application], byId: [String: Int], byAlias: [String: Int], ambiguous: [String: [String]]
  ) -> [Int] {
    [Int](concurrentlyMaking: apps.count, minimumChunk: 4_096) { index in
      let id = apps[index].serverId
      if let exact = byId[id] { return exact }
      // A name that names several servers joins none of them: the application gets a placeholder.
      let alias = byAlias[id.lowercased()] != nil ? id.lowercased() : Self.shortName(id)
      guard let alias, ambiguous[alias] == nil else { return -1 }
      return byAlias[alias] ?? -1
    }
  }

  @discardableResult
  private mutating func merge(_ record: ServerRecord) -> Int {
    let id = record.server.id
    var existing = serverById[id] ?? serverByAlias[id.lowercased()]
    if existing == nil, let hostname = record.server.hostname {
      let named =
        serverByAlias[hostname.lowercased()] ?? Self.shortName(hostname).flatMap { serverByAlias[$0] }
      // Joined by hostname only when one side knows the machine by its name alone.
      if let named, Self.idIsName(record.server) || Self.idIsName(servers[named].server) { existing = named }
    }
    guard let index = existing else {
      let index = servers.count
      servers.append(record)
      register(record.server, at: index)
      return index
    }
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
    // Exports name machines by DNS name (RVTools) or by NetBIOS name (CLIXML, App2Container folders):
    // the first label of a fully qualified name is an alias too.
    let names = [server.hostname?.lowercased(), server.hostname.flatMap(Self.shortName)].compactMap { $0 }
    for name in Set(names) {
      guard let holder = serverByAlias[name] else {
        serverByAlias[name] = index
        continue
      }
      guard holder != index, servers[holder].server.id.lowercased() != name else { continue }
      // A second server with an id of its own under the same name: both kept, the name ambiguous.
      var ids = ambiguousAliases[name] ?? [servers[holder].server.id]
      guard !ids.contains(server.id) else { continue }
      ids.append(server.id)
      ambiguousAliases[name] = ids
      warnings.append(
        Diagnostic(
          .warning, at: server.source ?? SourceLocation(file: "", line: nil), field: Field.hostname.rawValue,
          "hostname '\(name)' names \(ids.count) servers (\(ids.joined(separator: ", "))): they are kept apart, and "
            + "an application that names its server by '\(name)' is joined to none of them"))
    }
  }

  /// True when a server's id is one of its names (its hostname or the hostname's first label), as
  /// exports that know a machine by its name alone write it.
  static func idIsName(_ server: Server) -> Bool {
    guard let hostname = server.hostname?.lowercased() else { return true }
    let id = server.id.lowercased()
    return id == hostname || id == shortName(hostname) || shortName(id) == hostname
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
