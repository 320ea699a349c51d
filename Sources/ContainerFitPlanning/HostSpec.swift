import ContainerFitModel

/// A target host resolved from the scenario: a catalogue shape with the scenario's overrides, its
/// reservation and headroom, and the usable capacity the packer fills.
public struct HostSpec: Sendable, Hashable {
  public var shape: HostShape
  public var osBuild: Int
  public var targetUtilizationPct: Double
  public var reservedCores: Double
  public var reservedMemoryGB: Double
  /// An edition the scenario fixes for the host, if any.
  public var licenseEdition: LicenseEdition?

  /// Resolves `settings` for a named or custom shape; an unknown shape name is an error naming
  /// `host.shape`. Under `auto` it resolves the first of `shapes` (`candidates` gives them all).
  public init(settings: Scenario.HostSettings) throws {
    var shape: HostShape
    if let name = settings.shape {
      let named = name == Scenario.HostSettings.auto ? settings.shapes.first ?? name : name
      guard let known = HostCatalogue.shape(named: named) else { throw PlanningError.unknownHostShape(named) }
      shape = known
    } else {
      guard let cores = settings.cores else { throw PlanningError.missingHostSize(key: "host.cores") }
      guard let memory = settings.memoryGB else { throw PlanningError.missingHostSize(key: "host.memory_gb") }
      let platform = settings.platform ?? .cloud
      shape = HostShape(
        name: "custom", cores: cores, memoryGB: memory, platform: platform,
        processors: platform == .physical ? 2 : 1, isBareMetal: platform == .physical,
        source: "Scenario: custom host shape")
    }
    if let cores = settings.cores { shape.cores = cores }
    if let memory = settings.memoryGB { shape.memoryGB = memory }
    if let platform = settings.platform, platform != shape.platform {
      shape.platform = platform
      shape.isBareMetal = platform == .physical
    }
    if let price = settings.hourlyPrice { shape.hourlyPrice = price }
    try self.init(shape: shape, settings: settings)
  }

  /// `shape` as it is, with the scenario's reservation, headroom, build and edition.
  public init(shape: HostShape, settings: Scenario.HostSettings) throws {
    self.shape = shape
    self.osBuild = settings.osBuild
    self.targetUtilizationPct = settings.targetUtilizationPct
    self.reservedCores = settings.reservedCores
    self.reservedMemoryGB = settings.reservedMemoryGB
    self.licenseEdition = settings.licenseEdition
    if usableCores <= 0 { throw PlanningError.noUsableCapacity(key: "host.reserved_cores") }
    if usableMemoryGB <= 0 { throw PlanningError.noUsableCapacity(key: "host.reserved_memory_gb") }
  }

  /// The shapes a pool may use under `scenario`: the one it fixes (`host.shape`, with its
  /// overrides), or under `auto` each of `host.shapes` (the on-premises catalogue on `on-prem`
  /// when the scenario keeps the cloud default), in order.
  public static func candidates(for scenario: Scenario) throws -> [HostSpec] {
    let settings = scenario.host
    guard settings.shape == Scenario.HostSettings.auto else { return [try HostSpec(settings: settings)] }
    var names = settings.shapes
    if scenario.platform == .onPrem, names == Scenario.HostSettings.defaultCloudShapes {
      names = HostCatalogue.defaultOnPremShapes
    }
    guard !names.isEmpty else { throw PlanningError.missingHostSize(key: "host.shapes") }
    return try names.map { name in
      guard let shape = HostCatalogue.shape(named: name) else { throw PlanningError.unknownHostShape(name) }
      return try HostSpec(shape: shape, settings: settings)
    }
  }

  /// The catalogue's shapes that run Hyper-V isolation of the same kind as `specs` (cloud or not),
  /// for a Hyper-V pool whose scenario shapes cannot: bare metal first, then nested virtualisation.
  static func hypervCapableFallbacks(like specs: [HostSpec], settings: Scenario.HostSettings) -> [HostSpec] {
    let cloud = specs.first?.shape.platform == .cloud
    return HostCatalogue.shapes.filter { ($0.platform == .cloud) == cloud && $0.hypervSupport != .unavailable }
      .sorted { ($0.hypervSupport == .native ? 0 : 1) < ($1.hypervSupport == .native ? 0 : 1) }
      .compactMap { try? HostSpec(shape: $0, settings: settings) }
  }

  /// (cores − reserved) × target utilisation (PRODUCT.md §4a).
  public var usableCores: Double { (shape.cores - reservedCores) * targetUtilizationPct / 100 }
  public var usableMemoryGB: Double { (shape.memoryGB - reservedMemoryGB) * targetUtilizationPct / 100 }
  /// What containers may actually use (no headroom): the overcommit yardstick.
  public var allocatableMemoryGB: Double { shape.memoryGB - reservedMemoryGB }
  public var capacity: PackingVector { PackingVector(capacityCores: usableCores, memoryGB: usableMemoryGB) }
}
