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
  /// Hourly price, Windows licence included, for cloud shapes; nil when not priced.
  public var hourlyPrice: Double?
  /// Where the figures come from.
  public var source: String
  /// True when the shape is our assumption rather than a published offer.
  public var isAssumption: Bool

  public init(
    name: String, cores: Double, memoryGB: Double, platform: Platform, processors: Int = 1,
    isBareMetal: Bool = false, hourlyPrice: Double? = nil, source: String, isAssumption: Bool = false
  ) {
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

  /// Whether Hyper-V isolation can run here: natively on bare metal or physical hosts; on a VM only
  /// with nested virtualisation; on a non-metal cloud instance (EC2) not at all (facts.md assumption).
  public var hypervSupport: HypervSupport {
    if isBareMetal || platform == .physical { return .native }
    return platform == .cloud ? .unavailable : .nestedVirtualization
  }

  /// How a host runs Hyper-V isolated containers.
  public enum HypervSupport: String, Sendable, Hashable, Codable {
    case native, nestedVirtualization = "nested-virtualization", unavailable
  }
}
