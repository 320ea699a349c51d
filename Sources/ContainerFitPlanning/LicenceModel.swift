import ContainerFitModel

/// Annual Windows Server licence cost of a host or server under the scenario's model.
///
/// Per-core: every core licensed, at least 8 per processor and 16 per server, in 2-core packs;
/// prices are per 16 cores and perpetual licences are annualised over `amortization_years`.
/// Standard covers 2 Hyper-V containers per full licensing of the host, and every 2 more need the
/// host licensed again (stacking); Datacenter and process-isolated containers are unlimited.
/// Included: the cloud licence surcharge per vCPU-hour × 8,760 hours.
public struct LicenceModel: Sendable, Hashable {
  public var settings: Scenario.LicensingSettings

  public init(settings: Scenario.LicensingSettings) { self.settings = settings }

  /// Cores that must be licensed: all, at least 8 per processor and 16 per server, rounded up to 2.
  public static func licensedCores(cores: Double, processors: Int) -> Int {
    let physical = Int(cores.rounded(.up))
    let minimum = max(
      Facts.minimumCoresPerServer.value, Facts.minimumCoresPerProcessor.value * max(1, processors))
    let count = max(physical, minimum)
    return count + count % 2
  }

  /// Full licensings Standard needs for `hypervContainers` (at least one).
  public static func standardLicensings(hypervContainers: Int) -> Int {
    let perLicensing = Facts.standardHypervContainersPerLicensing.value
    return max(1, (hypervContainers + perLicensing - 1) / perLicensing)
  }

  /// Annual cost of one edition for a host.
  public func annualCost(
    edition: LicenseEdition, cores: Double, processors: Int, hypervContainers: Int
  ) -> Double {
    let units = Double(Self.licensedCores(cores: cores, processors: processors)) / 16
    switch edition {
    case .standard:
      return units * settings.standardPricePer16Cores
        * Double(Self.standardLicensings(hypervContainers: hypervContainers))
        / settings.amortizationYears
    case .datacenter:
      return units * settings.datacenterPricePer16Cores / settings.amortizationYears
    case .included:
      return cores * settings.cloudPricePerVCPUHour * Facts.hoursPerYear.value
    case .none:
      return 0
    }
  }

  /// The edition a new host gets and its annual cost: the scenario's model and edition, else the
  /// host's fixed edition, else the cheaper of Standard and Datacenter for its Hyper-V count.
  public func choose(
    cores: Double, processors: Int, hypervContainers: Int, hostEdition: LicenseEdition?
  ) -> (edition: LicenseEdition, annualCost: Double) {
    func cost(_ edition: LicenseEdition) -> (LicenseEdition, Double) {
      (edition, annualCost(edition: edition, cores: cores, processors: processors, hypervContainers: hypervContainers))
    }
    if settings.model == .included { return cost(.included) }
    switch settings.edition {
    case .standard: return cost(.standard)
    case .datacenter: return cost(.datacenter)
    case .auto:
      if let fixed = hostEdition, fixed == .standard || fixed == .datacenter { return cost(fixed) }
      let standard = cost(.standard)
      let datacenter = cost(.datacenter)
      return datacenter.1 < standard.1 ? datacenter : standard  // ties go to Standard
    }
  }

  /// What a source server costs today: its own edition when known, else the scenario's model
  /// (Standard for per-core). A server costs nothing when it holds no Windows licence.
  public func currentAnnualCost(of server: Server) -> Double {
    let cores = Double(server.cores ?? Facts.minimumCoresPerServer.value)
    let processors = server.platform == .physical ? 2 : 1
    let edition = server.licenseEdition ?? (settings.model == .included ? .included : .standard)
    return annualCost(edition: edition, cores: cores, processors: processors, hypervContainers: 0)
  }
}
