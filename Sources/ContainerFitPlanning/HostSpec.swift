import ContainerFitModel

/// The target host resolved from the scenario: a catalogue shape with the scenario's overrides,
/// its reservation and headroom, and the usable capacity the packer fills.
public struct HostSpec: Sendable, Hashable {
  public var shape: HostShape
  public var osBuild: Int
  public var targetUtilizationPct: Double
  public var reservedCores: Double
  public var reservedMemoryGB: Double
  /// An edition the scenario fixes for the host, if any.
  public var licenseEdition: LicenseEdition?

  /// Resolves `settings`; an unknown shape name is an error naming `host.shape`.
  public init(settings: Scenario.HostSettings) throws {
    var shape: HostShape
    if let name = settings.shape {
      guard let known = HostCatalogue.shape(named: name) else { throw PlanningError.unknownHostShape(name) }
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
    self.shape = shape
    self.osBuild = settings.osBuild
    self.targetUtilizationPct = settings.targetUtilizationPct
    self.reservedCores = settings.reservedCores
    self.reservedMemoryGB = settings.reservedMemoryGB
    self.licenseEdition = settings.licenseEdition
    if usableCores <= 0 { throw PlanningError.noUsableCapacity(key: "host.reserved_cores") }
    if usableMemoryGB <= 0 { throw PlanningError.noUsableCapacity(key: "host.reserved_memory_gb") }
  }

  /// (cores − reserved) × target utilisation (PRODUCT.md §4a).
  public var usableCores: Double { (shape.cores - reservedCores) * targetUtilizationPct / 100 }
  public var usableMemoryGB: Double { (shape.memoryGB - reservedMemoryGB) * targetUtilizationPct / 100 }
  /// What containers may actually use (no headroom): the overcommit yardstick.
  public var allocatableMemoryGB: Double { shape.memoryGB - reservedMemoryGB }
  public var capacity: PackingVector { PackingVector(capacityCores: usableCores, memoryGB: usableMemoryGB) }
}
