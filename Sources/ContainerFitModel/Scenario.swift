/// The parameters of one assessment and plan (PRODUCT.md §4a). Every key is optional in a scenario
/// file; its default is declared here once, from `Facts`. The scenario in force is echoed into
/// every output.
public struct Scenario: Hashable, Codable, Sendable {
  public var version: Int = 1
  public var name: String = "baseline"
  public var host: HostSettings = HostSettings()
  /// Where the containers run; it narrows the builds and decides whether Hyper-V isolation exists.
  public var platform: TargetPlatform = .ecsEC2
  /// Host builds the target may run (narrowed by the platform's); each application's container is
  /// built on the newest of them (targets-and-economics.md §2). 17763 only when a scenario asks.
  public var allowedHostBuilds: [Int] = [26100, 20348]
  public var targets: TargetSettings = TargetSettings()
  public var migration: MigrationSettings = MigrationSettings()
  public var isolation: IsolationMode = .recommended
  public var memoryPolicy: MemoryPolicy = .hardLimit
  public var hyperv: HypervSettings = HypervSettings()
  public var licensing: LicensingSettings = LicensingSettings()
  public var scoring: ScoringSettings = ScoringSettings()
  public var effort: EffortSettings = EffortSettings()
  public var current: CurrentSettings = CurrentSettings()
  public var pricing: PricingSettings = PricingSettings()
  public var waves: WaveSettings = WaveSettings()

  public init() {}

  enum CodingKeys: String, CodingKey, CaseIterable {
    case version, name, host, platform, targets, migration, isolation, hyperv, licensing, scoring, effort, current,
      pricing, waves
    case allowedHostBuilds = "allowed_host_builds"
    case memoryPolicy = "memory_policy"
  }

  /// How cloud prices differ from the catalogue's (us-east-1, on demand).
  public struct PricingSettings: Hashable, Codable, Sendable {
    /// A discount on EC2 prices (a Savings Plan or a negotiated rate), in percent.
    public var ec2DiscountPct: Double = 0
    /// The estate's region's EC2 prices over us-east-1's (1.1: 10% dearer).
    public var regionFactor: Double = 1

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
      case ec2DiscountPct = "ec2_discount_pct"
      case regionFactor = "region_factor"
    }

    /// What an EC2 price of the catalogue becomes: × region factor × (1 − discount).
    public var factor: Double { regionFactor * (1 - ec2DiscountPct / 100) }
  }

  /// What hosting today's servers costs, when the client knows it: nothing is assumed, so by default
  /// today's hosting is not priced and the report says so.
  public struct CurrentSettings: Hashable, Codable, Sendable {
    /// Annual hosting cost of a virtual machine per vCPU (hypervisor, storage, power, operations).
    public var vmCostPerVCPUYear: Double = 0
    /// Annual hosting cost of a physical server.
    public var physicalServerYear: Double = 0

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
      case vmCostPerVCPUYear = "vm_cost_per_vcpu_year"
      case physicalServerYear = "physical_server_year"
    }

    /// True when the scenario prices today's hosting.
    public var isPriced: Bool { vmCostPerVCPUYear > 0 || physicalServerYear > 0 }

    /// A server's hosting a year at these rates (0 when not priced): a physical server at
    /// `physical_server_year`, any other at its vCPUs × `vm_cost_per_vcpu_year`.
    public func annualHosting(of server: Server) -> Double {
      if server.platform == .physical { return physicalServerYear }
      return Double(server.cores ?? Facts.minimumCoresPerServer.value) * vmCostPerVCPUYear
    }
  }

  /// Which targets besides Windows containers and servers an application may get.
  public struct TargetSettings: Hashable, Codable, Sendable {
    /// Cross-platform applications with nothing tying them to Windows go to Linux containers.
    public var linux: Bool = true

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable { case linux }
  }

  /// The size of migration waves (blueprints.md, "Waves"): a pilot, then waves a team can carry.
  public struct WaveSettings: Hashable, Codable, Sendable {
    /// Applications in the pilot wave (wave 0): ready ones of different kinds, low effort.
    public var pilotApps: Int = 5
    /// Applications and person-days a wave may hold at most (a server's applications stay together
    /// even when they alone exceed them).
    public var maxApps: Int = 25
    public var maxEffortDays: Double = 120

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
      case pilotApps = "pilot_apps"
      case maxApps = "max_apps"
      case maxEffortDays = "max_effort_days"
    }
  }

  /// The migration's time frame.
  public struct MigrationSettings: Hashable, Codable, Sendable {
    /// Months from the run date a chosen base image's support should last; the spec's default,
    /// an assumption (targets-and-economics.md §2).
    public var horizonMonths: Int = 36

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable { case horizonMonths = "horizon_months" }
  }

  public enum IsolationMode: String, Codable, Sendable, CaseIterable, Hashable {
    case recommended, process, hyperv
  }

  public enum MemoryPolicy: String, Codable, Sendable, CaseIterable, Hashable {
    /// Pack by peak memory (Windows containers have only a hard limit).
    case hardLimit = "hard-limit"
    /// ECS_ENABLE_MEMORY_UNBOUNDED_WINDOWS_WORKAROUND: pack by average memory; overcommit risk.
    case unboundedWorkaround = "unbounded-workaround"
  }

  /// The target host shape and how full it may be packed.
  public struct HostSettings: Hashable, Codable, Sendable {
    /// A catalogue name (`m7i.4xlarge`), whose fields the explicit ones below override; `auto` (the
    /// default) for the cheapest of `shapes` per pool; `null` for a custom host of `cores` and
    /// `memory_gb`.
    public var shape: String? = HostSettings.auto
    /// The shapes `auto` chooses among (on-premises platforms default to the on-premises catalogue).
    public var shapes: [String] = HostSettings.defaultCloudShapes
    public var cores: Double?
    public var memoryGB: Double?
    public var osBuild: Int = 26100
    public var platform: Platform?
    public var targetUtilizationPct: Double = Facts.targetUtilizationPct.value
    public var reservedCores: Double = Facts.reservedCores.value
    public var reservedMemoryGB: Double = Facts.reservedMemoryGB.value
    /// Hourly price of the host when it is not a catalogue shape (licence included for cloud).
    public var hourlyPrice: Double?
    public var licenseEdition: LicenseEdition?
    /// EC2 tenancy: per-core licences on EC2 need Dedicated Hosts.
    public var tenancy: Tenancy = .shared
    /// `n-plus-one`: every pool gets a host more than its containers need, so one can fail or be
    /// patched.
    public var spread: Spread = .none
    /// Hosts every pool has at least.
    public var minHostsPerPool: Int = 1

    public enum Spread: String, Codable, Sendable, CaseIterable, Hashable {
      case none
      case nPlusOne = "n-plus-one"
    }

    public enum Tenancy: String, Codable, Sendable, CaseIterable, Hashable {
      case shared
      case dedicatedHost = "dedicated-host"
    }

    public init() {}

    public static let auto = "auto"
    /// The current general-purpose, memory-optimised and compute-optimised EC2 families
    /// (targets-and-economics.md §9).
    public static let defaultCloudShapes = ["m7i.4xlarge", "m7i.8xlarge", "r7i.4xlarge", "c7i.4xlarge"]

    enum CodingKeys: String, CodingKey, CaseIterable {
      case shape, shapes, cores, platform
      case memoryGB = "memory_gb"
      case osBuild = "os_build"
      case targetUtilizationPct = "target_utilization_pct"
      case reservedCores = "reserved_cores"
      case reservedMemoryGB = "reserved_memory_gb"
      case hourlyPrice = "hourly_price"
      case licenseEdition = "license_edition"
      case tenancy, spread
      case minHostsPerPool = "min_hosts_per_pool"
    }
  }

  public struct HypervSettings: Hashable, Codable, Sendable {
    public enum MemoryModel: String, Codable, Sendable, CaseIterable, Hashable {
      /// Container memory + 256 MB, rounded up to the next 512 MB.
      case utilityVM = "utility-vm"
      /// A fixed amount per container (`memory_overhead_gb`).
      case fixed
    }

    public var cpuOverheadPct: Double = Facts.hypervCPUOverheadBareMetalPct.value
    public var memoryModel: MemoryModel = .utilityVM
    public var memoryOverheadGB: Double = 0.5

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
      case cpuOverheadPct = "cpu_overhead_pct"
      case memoryModel = "memory_model"
      case memoryOverheadGB = "memory_overhead_gb"
    }
  }

  public struct LicensingSettings: Hashable, Codable, Sendable {
    public enum Model: String, Codable, Sendable, CaseIterable, Hashable {
      /// Licence-included on every cloud platform, per-core on `on-prem` (`resolved(for:)`).
      case auto
      /// Windows Server per-core licences (Standard / Datacenter).
      case perCore = "per-core"
      /// Cloud licence-included (per vCPU-hour).
      case included

      /// The model in force on `platform`: `auto` is per-core on-premises and licence-included in
      /// the cloud, where Windows Server on shared tenancy is licence-included (AWS's BYOL rules).
      public func resolved(for platform: TargetPlatform) -> Model {
        guard self == .auto else { return self }
        return platform == .onPrem ? .perCore : .included
      }
    }

    /// What today's licences cost in cash each year.
    public enum CurrentBasis: String, Codable, Sendable, CaseIterable, Hashable {
      /// Perpetual licences already bought are sunk; the cash is the yearly Software Assurance.
      case softwareAssurance = "software-assurance"
      /// The licence price spread over `amortization_years` (a book view, not cash).
      case amortized
    }

    public enum Edition: String, Codable, Sendable, CaseIterable, Hashable {
      case auto, standard, datacenter
    }

    public var model: Model = .auto
    public var edition: Edition = .auto
    /// True only for licences bought before 2019-10-01 for Windows Server 2019 or older: the one
    /// case AWS allows per-core licences on EC2 (on Dedicated Hosts).
    public var byolEligible: Bool = false
    public var currentBasis: CurrentBasis = .softwareAssurance
    /// Software Assurance per year as a percentage of the licence price.
    public var saPct: Double = Facts.softwareAssurancePct.value
    public var currency: String = Facts.currency.value
    public var standardPricePer16Cores: Double = Facts.standardPricePer16Cores.value
    public var datacenterPricePer16Cores: Double = Facts.datacenterPricePer16Cores.value
    public var amortizationYears: Double = Facts.licenceAmortizationYears.value
    public var cloudPricePerVCPUHour: Double = Facts.cloudLicencePerVCPUHour.value

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
      case model, edition, currency
      case byolEligible = "byol_eligible"
      case currentBasis = "current_basis"
      case saPct = "sa_pct"
      case standardPricePer16Cores = "standard_price_per_16_cores"
      case datacenterPricePer16Cores = "datacenter_price_per_16_cores"
      case amortizationYears = "amortization_years"
      case cloudPricePerVCPUHour = "cloud_price_per_vcpu_hour"
    }
  }

  public struct ScoringSettings: Hashable, Codable, Sendable {
    /// Points a finding deducts, by finding id (`registry-write`), overriding the rule's default.
    public var weights: [String: Double] = [:]
    /// Effort in person-days, by finding id, overriding the rule's default.
    public var effortDays: [String: Double] = [:]
    public var bands: Bands = Bands()
    /// Below this confidence an application without blocker is `insufficient-data`, not scored into
    /// a band (targets-and-economics.md §1). 0.5: the spec's default, an assumption.
    public var minConfidence: Double = 0.5

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
      case weights, bands
      case effortDays = "effort_days"
      case minConfidence = "min_confidence"
    }
  }

  /// The effort model's figures (targets-and-economics.md §7). No published figure exists for them:
  /// each default is the spec's placeholder, an assumption the report labels as such.
  public struct EffortSettings: Hashable, Codable, Sendable {
    /// Person-days to containerise one moving application before any remedy: Dockerfile, pipeline,
    /// task definition or manifest, test.
    public var baselineDays: Double = 3
    /// Person-days of platform enablement, once per estate: cluster and host image pipeline,
    /// registry, gMSA/AD integration, logging and monitoring.
    public var platformDays: Double = 40
    /// Cost of a person-day, in the licensing currency; for the one-off cost of the effort.
    public var dayRate: Double = 800

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
      case baselineDays = "baseline_days"
      case platformDays = "platform_days"
      case dayRate = "day_rate"
    }
  }

  /// Verdict bands: score ≥ ready → `ready`, ≥ minor → `minor`, ≥ major → `major`, else `unsuitable`.
  public struct Bands: Hashable, Codable, Sendable {
    public var ready: Double = 80
    public var minor: Double = 60
    public var major: Double = 40

    public init() {}
  }
}
