/// A workload running on a server today: what the assessment scores and the plan places.
public struct Application: Hashable, Codable, Sendable {
  public var id: String
  public var name: String
  public var serverId: String
  public var kind: ApplicationKind?
  /// The runtime as written (`dotnet-framework-4.8`, `dotnet-8`, `java-17`, ...); see `Runtime`.
  public var runtime: String?
  public var gui: GUIDependence?
  public var registryState: RegistryState?
  public var localState: LocalState?
  public var logTarget: LogTarget?
  public var codePageSensitive: Bool?
  public var inMemoryState: Bool?
  public var installSizeMB: Double?
  /// Peak CPU demand in cores, when given.
  public var cpuCores: Double?
  /// Peak memory demand in GiB, when given.
  public var memoryGB: Double?
  public var memoryAvgGB: Double?
  /// `nil` when unknown (a data gap); empty when known to have none.
  public var dependencies: Set<Dependency>?
  public var isolationRequired: IsolationRequirement?
  public var instances: Int?
  /// Fields the schema does not know, kept for the report's detail.
  public var attributes: [String: String]
  /// Where the application was read.
  public var source: SourceLocation?
  /// Fields missing or unusable for this app (and its server), by canonical gap name, sorted.
  public var dataGaps: [String]

  public init(
    id: String, name: String, serverId: String, kind: ApplicationKind? = nil, runtime: String? = nil,
    gui: GUIDependence? = nil, registryState: RegistryState? = nil, localState: LocalState? = nil,
    logTarget: LogTarget? = nil, codePageSensitive: Bool? = nil, inMemoryState: Bool? = nil,
    installSizeMB: Double? = nil, cpuCores: Double? = nil, memoryGB: Double? = nil, memoryAvgGB: Double? = nil,
    dependencies: Set<Dependency>? = nil, isolationRequired: IsolationRequirement? = nil, instances: Int? = nil,
    attributes: [String: String] = [:], source: SourceLocation? = nil, dataGaps: [String] = []
  ) {
    self.id = id
    self.name = name
    self.serverId = serverId
    self.kind = kind
    self.runtime = runtime
    self.gui = gui
    self.registryState = registryState
    self.localState = localState
    self.logTarget = logTarget
    self.codePageSensitive = codePageSensitive
    self.inMemoryState = inMemoryState
    self.installSizeMB = installSizeMB
    self.cpuCores = cpuCores
    self.memoryGB = memoryGB
    self.memoryAvgGB = memoryAvgGB
    self.dependencies = dependencies
    self.isolationRequired = isolationRequired
    self.instances = instances
    self.attributes = attributes
    self.source = source
    self.dataGaps = dataGaps
  }

  /// The parsed runtime family and version.
  public var parsedRuntime: Runtime? { runtime.map(Runtime.init(parsing:)) }
}
