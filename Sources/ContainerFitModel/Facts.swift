/// The catalogue of figures from `facts.md`, each with its source. Rules and planning read numbers
/// from here (or from the scenario, which defaults to these), never from literals of their own.
public enum Facts {
  // MARK: Hyper-V isolation

  /// 9-12% on bare metal (Stratoscale, quoted in the seed article); midpoint.
  public static let hypervCPUOverheadBareMetalPct = Fact(
    10.5, source: "Seed article (Stratoscale tests): 9-12% on bare metal; midpoint")
  /// On a VM host the overhead is worse (nested virtualisation); no published figure.
  public static let hypervCPUOverheadVirtualPct = Fact(
    20.0, source: "Assumption: seed says 'worse on virtual machines such as EC2'; no figure published",
    assumption: true)
  /// Utility VM memory: the container's memory + 256 MB, rounded up to the next 512 MB.
  public static let hypervUtilityVMExtraMB = Fact(
    256.0, source: "Microsoft (2017): utility VM gets container memory + 256 MB, rounded up to 512 MB",
    assumption: true)
  public static let hypervUtilityVMRoundingMB = Fact(
    512.0, source: "Microsoft (2017): utility VM memory rounded up to the next 512 MB", assumption: true)
  /// Utility VM memory when the container sets no limit.
  public static let hypervUtilityVMUnboundedGB = Fact(
    1.0, source: "Microsoft (2017): 1 GB when no memory limit is set", assumption: true)

  // MARK: Hosts

  public static let targetUtilizationPct = Fact(
    80.0, source: "Product default (PRODUCT.md): pack up to 80% of capacity", assumption: true)
  public static let reservedCores = Fact(
    0.5, source: "Assumption: OS + container agent reservation", assumption: true)
  public static let reservedMemoryGB = Fact(
    2.0, source: "Assumption: OS + container agent reservation", assumption: true)
  /// Hyper-V on a virtualised host needs nested virtualisation with at least this much.
  public static let nestedVirtualizationMinimumMemoryGB = Fact(
    4.0, source: "Microsoft Learn: nested virtualisation needs at least 4 GB RAM and 2 vCPUs")
  public static let nestedVirtualizationMinimumVCPUs = Fact(
    2, source: "Microsoft Learn: nested virtualisation needs at least 4 GB RAM and 2 vCPUs")
  /// ECS task definition limit.
  public static let ecsContainersPerTask = Fact(10, source: "ECS documentation: up to 10 containers per task")

  // MARK: Licensing (list prices)

  /// Windows Server 2022 Standard, per 16 cores (Open NL).
  public static let standardPricePer16Cores = Fact(1069.0, source: "Microsoft list price, WS2022 Standard, Open NL")
  /// Windows Server 2022 Datacenter, per 16 cores (Open NL).
  public static let datacenterPricePer16Cores = Fact(
    6155.0, source: "Microsoft list price, WS2022 Datacenter, Open NL")
  public static let standardPricePer16Cores2016 = Fact(882.0, source: "Microsoft list price, WS2016 Standard")
  public static let standardPricePer16Cores2025 = Fact(
    1176.0, source: "Commonly quoted WS2025 Standard price (not verified)", assumption: true)
  public static let datacenterPricePer16Cores2025 = Fact(
    6771.0, source: "Commonly quoted WS2025 Datacenter price (not verified)", assumption: true)
  public static let minimumCoresPerServer = Fact(16, source: "Microsoft core licensing: at least 16 cores per server")
  public static let minimumCoresPerProcessor = Fact(
    8, source: "Microsoft core licensing: at least 8 cores per processor")
  /// Standard covers 2 Hyper-V containers (OSEs) per full licensing of the host; stacking adds 2 more.
  public static let standardHypervContainersPerLicensing = Fact(
    2, source: "Microsoft Windows containers FAQ / licensing: Standard = 2 Hyper-V containers")
  /// Perpetual licences are annualised over this many years.
  public static let licenceAmortizationYears = Fact(
    3.0, source: "Assumption: perpetual licences amortised over a 3-year hardware/licence cycle", assumption: true)
  /// EC2 licence-included Windows surcharge per vCPU-hour.
  public static let cloudLicencePerVCPUHour = Fact(
    0.046, source: "AWS us-east-1 on-demand: Windows price = Linux price + $0.046 per vCPU-hour")
  public static let hoursPerYear = Fact(8760.0, source: "365 days × 24 h")
  /// Software Assurance per year, as a share of the licence price: the cash a perpetual licence
  /// costs once bought.
  public static let softwareAssurancePct = Fact(
    25.0, source: "facts.md 2026-12: SA ≈ 25% of the licence price per year (secondary: Directions on Microsoft)",
    assumption: true)
  /// Per-VM licensing: a VM's virtual cores, at least 8, with SA or a subscription.
  public static let minimumCoresPerVM = Fact(
    8, source: "Microsoft per-VM licensing since 2022-10-01: at least 8 cores per VM (secondary: samexpert)")
  /// The newest Windows Server build a licence bought before 2019-10-01 can run on AWS (BYOL).
  public static let byolNewestBuild = Fact(
    17763, source: "AWS BYOL for Windows Server: licences bought before 2019-10-01, Windows Server 2019 or older")
  public static let currency = Fact("USD", source: "List prices are in US dollars")

  // MARK: Effort

  /// The contingency every part of the effort carries: what no inventory shows (integration, data,
  /// cut-over).
  public static let effortContingencyPct = Fact(
    25.0,
    source: "Assumption, within the spread the cone of uncertainty gives once requirements are known "
      + "(0.67×–1.5×: McConnell, Software Estimation, 2006, after Boehm, 1981)",
    assumption: true)

  // MARK: Images

  /// The seed's figure for Server Core 1809 before any application.
  public static let seedServerCore1809GB = Fact(3.7, source: "Seed article: Server Core 1809, one layer, 3.7 GB")
  /// A container's C: drive virtual size.
  public static let containerScratchVirtualGB = Fact(20.0, source: "Microsoft Learn: 20 GB default sandbox size")
  /// Microsoft's base image may be distributed as part of an image built on it (base image EULA).
  public static let baseImageRedistributionSince = Fact(
    "2022-09-13", source: "facts.md 2026-12 update, Images: the EULA allows redistribution since 2022-09-13")
  /// Microsoft's images carry no foreign layers: a push to any registry includes the base layers.
  public static let foreignLayersEndedOn = Fact(
    "2023-06-13", source: "facts.md 2026-12 update, Images: no foreign layers since 2023-06-13")
  /// Framework images (dotnet/framework/aspnet) add a few hundred MB to ~1 GB on top of Server Core.
  public static let dotnetFrameworkLayerGB = Fact(
    0.7, source: "facts.md: framework images add a few hundred MB to ~1 GB over Server Core; midpoint",
    assumption: true)
}
