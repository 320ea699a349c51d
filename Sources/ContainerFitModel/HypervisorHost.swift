/// A hypervisor host the inventory describes (RVTools `vHost`): what its Windows Server licences are
/// counted on when the estate runs on it, since a Datacenter licence covers every VM on its host
/// (targets-and-economics.md §5, "Today").
public struct HypervisorHost: Hashable, Codable, Sendable {
  /// The host's name, as each VM's `hypervisorHost` names it.
  public var name: String
  public var cluster: String?
  public var cpuModel: String?
  /// Physical processors (sockets) and cores: what a per-core licence counts.
  public var sockets: Int?
  public var coresPerSocket: Int?
  public var cores: Int?
  public var memoryGB: Double?
  /// Its ESXi version, as the export gives it.
  public var version: String?
  public var source: SourceLocation?

  public init(
    name: String, cluster: String? = nil, cpuModel: String? = nil, sockets: Int? = nil, coresPerSocket: Int? = nil,
    cores: Int? = nil, memoryGB: Double? = nil, version: String? = nil, source: SourceLocation? = nil
  ) {
    self.name = name
    self.cluster = cluster
    self.cpuModel = cpuModel
    self.sockets = sockets
    self.coresPerSocket = coresPerSocket
    self.cores = cores
    self.memoryGB = memoryGB
    self.version = version
    self.source = source
  }

  /// Physical cores: `cores`, else sockets × cores per socket.
  public var physicalCores: Int? {
    cores ?? sockets.flatMap { sockets in coresPerSocket.map { sockets * $0 } }
  }
}

/// A hypervisor cluster the inventory describes (RVTools `vCluster`).
public struct HypervisorCluster: Hashable, Codable, Sendable {
  public var name: String
  public var hosts: Int?
  public var cores: Int?
  public var memoryGB: Double?
  public var source: SourceLocation?

  public init(
    name: String, hosts: Int? = nil, cores: Int? = nil, memoryGB: Double? = nil, source: SourceLocation? = nil
  ) {
    self.name = name
    self.hosts = hosts
    self.cores = cores
    self.memoryGB = memoryGB
    self.source = source
  }
}
