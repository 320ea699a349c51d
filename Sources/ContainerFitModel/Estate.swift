/// The joined inventory of a run: every server and application read, what was rejected, and the
/// warnings. Counts reconcile: records read = kept + rejected.
public struct Estate: Sendable {
  /// Servers in input order (inputs are read in path order), then a placeholder for each server id
  /// that applications name and nothing describes.
  public var servers: [Server]
  /// Applications in input order.
  public private(set) var applications: [Application]
  /// The join: for each application, at the same position, the position of its server in `servers`.
  /// Every application has one (a server never described is a placeholder there).
  public private(set) var serverIndices: [Int]
  /// Records that could not be identified, in input order.
  public var rejections: [Diagnostic]
  /// Bad values and conflicts; the records were kept.
  public var warnings: [Diagnostic]
  /// One entry per input file, in the order read.
  public var inputs: [InputSummary]
  /// Records that describe no Windows workload (templates, powered-off VMs, other guests), in input order.
  public var outOfScope: [OutOfScopeRecord]
  /// The virtual infrastructure the inputs describe (RVTools vHost, vCluster), in input order; the
  /// first of a name is kept.
  public var hypervisorHosts: [HypervisorHost] = []
  public var hypervisorClusters: [HypervisorCluster] = []

  /// An estate whose applications are joined to `servers` by exact `serverId` (the first server of
  /// an id); an application whose server is missing gets a placeholder server.
  public init(
    servers: [Server] = [], applications: [Application] = [], rejections: [Diagnostic] = [],
    warnings: [Diagnostic] = [], inputs: [InputSummary] = [], outOfScope: [OutOfScopeRecord] = []
  ) {
    var servers = servers
    var positionOf: [String: Int] = [:]
    for (position, server) in servers.enumerated() where positionOf[server.id] == nil {
      positionOf[server.id] = position
    }
    let indices = applications.map { app in
      if let position = positionOf[app.serverId] { return position }
      positionOf[app.serverId] = servers.count
      servers.append(Server(id: app.serverId, isPlaceholder: true, source: app.source))
      return servers.count - 1
    }
    self.init(
      servers: servers, applications: applications, serverIndices: indices, rejections: rejections,
      warnings: warnings, inputs: inputs, outOfScope: outOfScope)
  }

  /// An estate already joined: `serverIndices[n]` is the position in `servers` of application n's server.
  public init(
    servers: [Server], applications: [Application], serverIndices: [Int], rejections: [Diagnostic],
    warnings: [Diagnostic], inputs: [InputSummary], outOfScope: [OutOfScopeRecord]
  ) {
    precondition(serverIndices.count == applications.count, "one server index per application")
    self.servers = servers
    self.applications = applications
    self.serverIndices = serverIndices
    self.rejections = rejections
    self.warnings = warnings
    self.inputs = inputs
    self.outOfScope = outOfScope
  }

  /// The server of application `index`.
  public func server(ofApplication index: Int) -> Server { servers[serverIndices[index]] }

  /// Lets the list of applications go, keeping the join: once assessed, each assessed application
  /// carries its own `Application`, and holding a million of them twice costs a quarter of a gigabyte.
  public mutating func releaseApplications() {
    applications = []
  }

  /// Takes the list of applications out, keeping the join, for a caller that moves each one on
  /// (the assessment) rather than copying it.
  public mutating func takeApplications() -> [Application] {
    var taken: [Application] = []
    swap(&taken, &applications)
    return taken
  }

  /// Every data gap of every application, in the order of `applications`, each one's fields sorted.
  public var dataGaps: [DataGap] {
    applications.flatMap { app in app.dataGaps.map { DataGap(appId: app.id, field: $0) } }
  }

  /// How many applications lack each field.
  public var dataGapCounts: [String: Int] {
    var counts: [String: Int] = [:]
    for app in applications { for field in app.dataGaps { counts[field, default: 0] += 1 } }
    return counts
  }
}

/// What one input file gave.
public struct InputSummary: Hashable, Codable, Sendable {
  public var path: String
  /// The reader or adapter that read it (`csv`, `json`, `jsonl`, `xml`, ...).
  public var format: String
  /// Hex SHA-256 of the file's bytes.
  public var sha256: String
  /// Server records read from this file.
  public var servers: Int
  /// Application records read from this file.
  public var applications: Int
  /// Records of this file that were rejected.
  public var rejected: Int
  /// Records of this file that describe no Windows workload (listed in `Estate.outOfScope`).
  public var outOfScope: Int = 0
  /// Hypervisor host and cluster records of this file (RVTools vHost, vCluster).
  public var hypervisorHosts: Int = 0
  public var hypervisorClusters: Int = 0
  /// Records read, whatever their fate: servers + applications + out of scope + hosts + clusters +
  /// rejected (real-world-formats.md, "Server identity").
  public var records: Int { servers + applications + outOfScope + hypervisorHosts + hypervisorClusters + rejected }
  /// Canonical fields this input never supplied (what the export lacked).
  public var missingFields: [String]

  public init(
    path: String, format: String, sha256: String, servers: Int = 0, applications: Int = 0, rejected: Int = 0,
    missingFields: [String] = []
  ) {
    self.path = path
    self.format = format
    self.sha256 = sha256
    self.servers = servers
    self.applications = applications
    self.rejected = rejected
    self.missingFields = missingFields
  }
}

extension InputSummary {
  enum CodingKeys: String, CodingKey {
    case path, format, sha256, servers, applications, rejected, outOfScope, hypervisorHosts, hypervisorClusters
    case missingFields
  }

  /// Files and histories written before the out-of-scope and infrastructure counts read as 0.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      path: try c.decode(String.self, forKey: .path), format: try c.decode(String.self, forKey: .format),
      sha256: try c.decode(String.self, forKey: .sha256), servers: try c.decode(Int.self, forKey: .servers),
      applications: try c.decode(Int.self, forKey: .applications), rejected: try c.decode(Int.self, forKey: .rejected),
      missingFields: try c.decodeIfPresent([String].self, forKey: .missingFields) ?? [])
    outOfScope = try c.decodeIfPresent(Int.self, forKey: .outOfScope) ?? 0
    hypervisorHosts = try c.decodeIfPresent(Int.self, forKey: .hypervisorHosts) ?? 0
    hypervisorClusters = try c.decodeIfPresent(Int.self, forKey: .hypervisorClusters) ?? 0
  }
}
