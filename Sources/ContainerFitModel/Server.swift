/// A Windows machine of the estate as it is today.
public struct Server: Hashable, Codable, Sendable {
  public var id: String
  public var hostname: String?
  public var osName: String?
  /// The kernel build (14393, 17763, 20348, 26100, ...): given, or derived from `osName`.
  public var osBuild: Int?
  public var cores: Int?
  public var memoryGB: Double?
  public var diskGB: Double?
  public var platform: Platform?
  public var environment: String?
  public var licenseEdition: LicenseEdition?
  /// Observed peak (p95) CPU utilisation, 0-100.
  public var cpuUtilPct: Double?
  /// Observed peak (p95) memory utilisation, 0-100.
  public var memUtilPct: Double?
  public var site: String?
  /// The hypervisor host the VM runs on and its cluster (RVTools vInfo `Host`, `Cluster`), when known.
  public var hypervisorHost: String?
  public var cluster: String?
  /// The system ANSI code page (1252, 932, 936, 1251, ...).
  public var ansiCodePage: Int?
  /// Fields the schema does not know, kept for the report's detail.
  public var attributes: [String: String]
  /// True when no input described this server and it stands in for an application's `server_id`.
  public var isPlaceholder: Bool
  /// Where the server was first described.
  public var source: SourceLocation?

  public init(
    id: String, hostname: String? = nil, osName: String? = nil, osBuild: Int? = nil, cores: Int? = nil,
    memoryGB: Double? = nil, diskGB: Double? = nil, platform: Platform? = nil, environment: String? = nil,
    licenseEdition: LicenseEdition? = nil, cpuUtilPct: Double? = nil, memUtilPct: Double? = nil,
    site: String? = nil, ansiCodePage: Int? = nil, attributes: [String: String] = [:],
    isPlaceholder: Bool = false, source: SourceLocation? = nil
  ) {
    self.id = id
    self.hostname = hostname
    self.osName = osName
    self.osBuild = osBuild
    self.cores = cores
    self.memoryGB = memoryGB
    self.diskGB = diskGB
    self.platform = platform
    self.environment = environment
    self.licenseEdition = licenseEdition
    self.cpuUtilPct = cpuUtilPct
    self.memUtilPct = memUtilPct
    self.site = site
    self.ansiCodePage = ansiCodePage
    self.attributes = attributes
    self.isPlaceholder = isPlaceholder
    self.source = source
  }

  /// The build to reason with: `osBuild`, else the build named by `osName`.
  public var effectiveBuild: Int? { osBuild ?? osName.flatMap(WindowsRelease.build(fromOSName:)) }
}
