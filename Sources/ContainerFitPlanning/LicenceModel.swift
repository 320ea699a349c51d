import ContainerFitModel

/// Annual Windows Server licence cost of a host or server under the scenario's model
/// (targets-and-economics.md §5; facts.md, 2026-12 update, "Licensing").
///
/// New hosts: per-core licences (on-premises, or BYOL on EC2 Dedicated Hosts) license every core,
/// at least 8 per processor and 16 per server, in 2-core packs, at the price per 16 cores annualised
/// over `amortization_years`; Standard covers 2 Hyper-V containers per full licensing of the host
/// and every 2 more need the host licensed again (stacking); Datacenter and process-isolated
/// containers are unlimited. Licence-included (every cloud platform by default): the Windows charge
/// per vCPU-hour × 8,760 hours.
///
/// Servers today: the cash their licence costs each year (`licensing.current_basis`): a VM under
/// per-VM licensing (its vCPUs, at least 8) or a physical server (its cores, 16/8 minimums), at the
/// edition's price × `sa_pct` (Software Assurance: the perpetual licence is sunk) or over
/// `amortization_years`; a cloud server its licence-included charge. An unknown edition is a range,
/// Standard to Datacenter.
public struct LicenceModel: Sendable, Hashable {
  public var settings: Scenario.LicensingSettings
  /// The model in force on the scenario's platform (`auto` resolved).
  public var model: Scenario.LicensingSettings.Model

  public init(settings: Scenario.LicensingSettings, platform: TargetPlatform = .onPrem) {
    self.settings = settings
    self.model = settings.model.resolved(for: platform)
  }

  /// A cost known only as a range (an unknown edition); `low == high` when known.
  public struct Range: Sendable, Hashable, Codable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
      self.low = low
      self.high = high
    }

    public static let zero = Range(low: 0, high: 0)

    public static func + (a: Range, b: Range) -> Range { Range(low: a.low + b.low, high: a.high + b.high) }
  }

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

  /// Annual cost of one edition for a new host.
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

  /// The edition a new host gets and its annual cost: licence-included under that model, else the
  /// scenario's edition, else the host's fixed edition, else the cheaper of Standard and Datacenter
  /// for its Hyper-V count.
  public func choose(
    cores: Double, processors: Int, hypervContainers: Int, hostEdition: LicenseEdition?
  ) -> (edition: LicenseEdition, annualCost: Double) {
    func cost(_ edition: LicenseEdition) -> (LicenseEdition, Double) {
      (edition, annualCost(edition: edition, cores: cores, processors: processors, hypervContainers: hypervContainers))
    }
    if model == .included { return cost(.included) }
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

  /// What a hypervisor host's Windows Server licences cost each year today for the Windows VMs it
  /// runs (`editions`, one per VM; empty when none is left): every physical core licensed (16 per
  /// host, 8 per processor at least), Datacenter covering all of them, Standard 2 VMs per full
  /// licensing. The host takes Datacenter when any VM says so, Standard when all do; with unknown
  /// editions, the cheaper of the two to Datacenter.
  public func currentAnnualCost(ofHost host: HypervisorHost, editions: [LicenseEdition?]) -> Range {
    guard !editions.isEmpty, let cores = host.physicalCores else { return .zero }
    let licensed = Double(Self.licensedCores(cores: Double(cores), processors: host.sockets ?? 1))
    func cost(_ edition: LicenseEdition) -> Double {
      let per16 = edition == .datacenter ? settings.datacenterPricePer16Cores : settings.standardPricePer16Cores
      let licensings = edition == .datacenter ? 1 : Self.standardLicensings(hypervContainers: editions.count)
      let licence = licensed / 16 * per16 * Double(licensings)
      switch settings.currentBasis {
      case .softwareAssurance: return licence * settings.saPct / 100
      case .amortized: return licence / settings.amortizationYears
      }
    }
    if editions.contains(.datacenter) { return Range(low: cost(.datacenter), high: cost(.datacenter)) }
    if editions.allSatisfy({ $0 == .standard }) { return Range(low: cost(.standard), high: cost(.standard)) }
    return Range(low: min(cost(.standard), cost(.datacenter)), high: cost(.datacenter))
  }

  /// What a server's Windows licence costs each year today, in cash under Software Assurance (or
  /// spread over the amortisation years); a range when its edition is unknown.
  public func currentAnnualCost(of server: Server) -> Range {
    let cores = Double(server.cores ?? Facts.minimumCoresPerServer.value)
    func perCore(_ edition: LicenseEdition) -> Double {
      let price =
        (edition == .datacenter ? settings.datacenterPricePer16Cores : settings.standardPricePer16Cores) / 16
      let licensed: Int
      switch (settings.currentBasis, server.platform) {
      case (.softwareAssurance, .vm?), (.softwareAssurance, nil):
        // Per-VM licensing (it needs SA): the VM's virtual cores, at least 8.
        licensed = max(Int(cores.rounded(.up)), Facts.minimumCoresPerVM.value)
      default:
        licensed = Self.licensedCores(cores: cores, processors: server.platform == .physical ? 2 : 1)
      }
      let licence = Double(licensed) * price
      switch settings.currentBasis {
      case .softwareAssurance: return licence * settings.saPct / 100
      case .amortized: return licence / settings.amortizationYears
      }
    }
    switch server.licenseEdition {
    case .standard?: return Range(low: perCore(.standard), high: perCore(.standard))
    case .datacenter?: return Range(low: perCore(.datacenter), high: perCore(.datacenter))
    case .included?:
      let included = annualCost(edition: .included, cores: cores, processors: 1, hypervContainers: 0)
      return Range(low: included, high: included)
    case .none?: return .zero
    case nil:
      if server.platform == .cloud {
        let included = annualCost(edition: .included, cores: cores, processors: 1, hypervContainers: 0)
        return Range(low: included, high: included)
      }
      return Range(low: perCore(.standard), high: perCore(.datacenter))
    }
  }
}
