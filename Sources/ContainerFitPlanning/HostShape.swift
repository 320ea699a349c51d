import ContainerFitModel

/// A kind of container host: its size, where it runs, and what it costs.
public struct HostShape: Sendable, Hashable, Codable {
  public var name: String
  public var cores: Double
  public var memoryGB: Double
  public var platform: Platform
  /// Physical processors (sockets), for the 8-cores-per-processor licensing minimum.
  public var processors: Int
  /// Bare metal runs Hyper-V isolation natively; a VM needs nested virtualisation.
  public var isBareMetal: Bool
  /// A cloud instance type documented to run Hyper-V under nested virtualisation (EC2 C8i, M8i,
  /// R8i); Hyper-V-isolated containers there are unverified.
  public var supportsNestedVirtualization: Bool
  /// Hourly price, Windows licence included, for cloud shapes; nil when not priced.
  public var hourlyPrice: Double?
  /// Where the figures come from.
  public var source: String
  /// True when the shape is our assumption rather than a published offer.
  public var isAssumption: Bool
  /// An AWS Fargate task size (`FargateTaskSizes`): one container each, never packed with others.
  public var isFargateTask: Bool
  /// Whether `hourlyPrice` includes the Windows charge per vCPU-hour (EC2 Windows prices and
  /// Fargate Windows tasks do; Fargate Linux tasks do not).
  public var includesWindowsCharge: Bool

  public init(
    name: String, cores: Double, memoryGB: Double, platform: Platform, processors: Int = 1,
    isBareMetal: Bool = false, supportsNestedVirtualization: Bool = false, hourlyPrice: Double? = nil,
    source: String, isAssumption: Bool = false, isFargateTask: Bool = false, includesWindowsCharge: Bool = true
  ) {
    self.isFargateTask = isFargateTask
    self.includesWindowsCharge = includesWindowsCharge
    self.supportsNestedVirtualization = supportsNestedVirtualization
    self.name = name
    self.cores = cores
    self.memoryGB = memoryGB
    self.platform = platform
    self.processors = processors
    self.isBareMetal = isBareMetal
    self.hourlyPrice = hourlyPrice
    self.source = source
    self.isAssumption = isAssumption
  }

  /// Whether Hyper-V isolation can run here: natively on bare metal or physical hosts; on a VM with
  /// nested virtualisation; on a cloud instance only when its type supports nested virtualisation
  /// (facts.md, 2026-12 update: EC2 C8i/M8i/R8i).
  public var hypervSupport: HypervSupport {
    if isBareMetal || platform == .physical { return .native }
    if platform == .cloud { return supportsNestedVirtualization ? .nestedVirtualization : .unavailable }
    return .nestedVirtualization
  }

  /// How a host runs Hyper-V isolated containers.
  public enum HypervSupport: String, Sendable, Hashable, Codable {
    case native, nestedVirtualization = "nested-virtualization", unavailable
  }
}
