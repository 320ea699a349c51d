import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun

/// One entry of the assumptions register: a price, rate or rule a run's figures rest on that is
/// an assumption, a secondary source or unverified, with the value in force and where it comes from
/// (targets-and-economics.md §8).
public struct Assumption: Codable, Sendable, Hashable {
  public var id: String
  /// What is assumed, and what it touches.
  public var text: String
  /// The value in force, as the report prints it.
  public var value: String
  public var source: String
}

/// The assumptions a finished run's figures rest on: only those in force for this run (a Hyper-V
/// overhead only when a container is Hyper-V isolated, a range of editions only when one is
/// unknown), so a reader checks what matters to these numbers.
enum AssumptionRegister {
  static func entries(_ outcome: AssessmentOutcome) -> [Assumption] {
    let scenario = outcome.scenario
    let plan = outcome.plan
    let licensing = scenario.licensing
    var entries: [Assumption] = []
    func add(_ id: String, _ text: String, _ value: String, _ source: String) {
      entries.append(Assumption(id: id, text: text, value: value, source: source))
    }
    let percent = { (value: Double) in ReportFormatting.compact(value) + "%" }

    // Money today.
    if !plan.cost.hostingPriced {
      add(
        "hosting-today",
        "Today's hosting (hypervisors, storage, power, operations) is not priced, so what retiring "
          + "servers saves in hosting is not counted against the container hosts' compute.",
        "not priced", "no published figure; set current.vm_cost_per_vcpu_year and current.physical_server_year")
    }
    if licensing.currentBasis == .softwareAssurance {
      add(
        "software-assurance", "Today's licences cost their yearly Software Assurance: the licence itself is sunk.",
        percent(licensing.saPct) + " of the licence price a year", Facts.softwareAssurancePct.source)
      let cost = outcome.plan.cost
      let perVM = outcome.estate.servers.count { $0.platform != .cloud } - cost.vmsOnLicensedHosts
      if perVM > 0 {
        add(
          "per-vm-licensing",
          "\(perVM) VMs are licensed each on its own under per-VM licensing (its vCPUs, at least 8): their "
            + "hypervisor hosts, which a Datacenter licence would cover whole, are not known"
            + (cost.licensedHosts > 0 ? " (the other VMs are licensed on their \(cost.licensedHosts) hosts)." : "."),
          "\(Facts.minimumCoresPerVM.value) cores at least", Facts.minimumCoresPerVM.source)
      }
    } else {
      add(
        "amortization", "Today's licences are their price spread over the years (a book view, not cash).",
        ReportFormatting.compact(licensing.amortizationYears) + " years", Facts.licenceAmortizationYears.source)
    }
    let unknown = outcome.estate.servers.count { $0.licenseEdition == nil && $0.platform != .cloud }
    if unknown > 0 {
      add(
        "unknown-editions",
        "\(unknown) servers give no Windows Server edition: their licences are a range, "
          + "Standard to Datacenter, in every total.", "Standard–Datacenter", "the inventory")
    }
    add(
      "licence-prices",
      "Windows Server list prices per 16 cores are the 2022 ones for every release: 2025 prices "
        + "are unverified.",
      "Standard \(licensing.currency) \(ReportFormatting.number(licensing.standardPricePer16Cores)), Datacenter "
        + "\(licensing.currency) \(ReportFormatting.number(licensing.datacenterPricePer16Cores))",
      Facts.standardPricePer16Cores.source + "; 2025 prices UNVERIFIED (facts.md, 2026-12 update)")

    // Money after.
    if plan.cost.targetModel == Scenario.LicensingSettings.Model.included.rawValue, !plan.hosts.isEmpty {
      add(
        "ec2-prices",
        "Container hosts are priced at EC2 on-demand prices in us-east-1, with no Savings Plan and no "
          + "regional price factor; 7th-generation Windows prices are derived (Linux price + the Windows charge).",
        "\(licensing.currency) \(licensing.cloudPricePerVCPUHour) per vCPU-hour for Windows",
        "facts.md, 2026-12 update: AWS Karpenter price file (2026-02-09) and EC2 User Guide")
    }
    if scenario.pricing.factor != 1, !plan.hosts.isEmpty {
      add(
        "ec2-price-factor",
        "EC2 compute prices are the catalogue's × the region factor × (1 − the discount); the "
          + "Windows charge per vCPU-hour is left at its list rate: whether a region or a Savings Plan changes it "
          + "is not verified.",
        "× \(ReportFormatting.compact(scenario.pricing.regionFactor)), "
          + "−\(ReportFormatting.compact(scenario.pricing.ec2DiscountPct))%",
        "scenario (pricing.region_factor, pricing.ec2_discount_pct)")
    }
    if plan.consolidation.fargateTasks > 0 {
      let currency = licensing.currency
      add(
        "fargate-prices",
        "Fargate tasks are priced per vCPU-hour and GB-hour in us-east-1, around the clock, on the smallest "
          + "allowed task size that holds each container at the target utilisation; the Windows rates come from a "
          + "secondary source, and Fargate's own platform overhead, storage beyond 20 GB and Savings Plans other "
          + "than pricing.ec2_discount_pct are not counted.",
        "Windows \(currency) \(FargateTaskSizes.windowsPerVCPUHour.value)/vCPU-h + "
          + "\(FargateTaskSizes.windowsPerGBHour.value)/GB-h + \(licensing.cloudPricePerVCPUHour)/vCPU-h Windows charge; "
          + "Linux \(currency) \(FargateTaskSizes.linuxPerVCPUHour.value)/vCPU-h + "
          + "\(FargateTaskSizes.linuxPerGBHour.value)/GB-h",
        FargateTaskSizes.windowsPerVCPUHour.source + "; " + FargateTaskSizes.linuxPerVCPUHour.source)
    }
    if plan.cost.licensedHosts > 0, outcome.waves.waves.contains(where: { $0.serversFreed > 0 }) {
      add(
        "wave-licences-per-server",
        "The migration waves count a freed server's licence per VM; the cost table counts it per hypervisor host, "
          + "whose licence is saved only when its last Windows VM goes: the waves' savings so far are an "
          + "approximation, and the last wave's may differ from the plan's.",
        "\(plan.cost.licensedHosts) hosts licensed per host",
        "targets-and-economics.md §5 (per host), blueprints.md (waves)")
    }
    if scenario.platform == .aks {
      add(
        "aks-prices",
        "AKS nodes are priced with the EC2 catalogue: there are no Azure prices in facts.md, and Azure "
          + "Hybrid Benefit is not modelled.", "EC2 catalogue", "assumption")
    }
    if plan.cost.targetModel == Scenario.LicensingSettings.Model.perCore.rawValue, !plan.hosts.isEmpty {
      add(
        "new-licences",
        "New per-core hosts are costed as new licences over the amortisation years, even when "
          + "they could reuse licences freed by the retired servers.",
        ReportFormatting.compact(licensing.amortizationYears) + " years", Facts.licenceAmortizationYears.source)
    }

    // Hosts and demand.
    add(
      "host-headroom",
      "Hosts are packed to a share of their capacity, after a reservation for the OS and the "
        + "container agent.",
      percent(scenario.host.targetUtilizationPct) + "; \(ReportFormatting.compact(scenario.host.reservedCores)) cores "
        + "and \(ReportFormatting.compact(scenario.host.reservedMemoryGB)) GiB reserved",
      Facts.targetUtilizationPct.source + "; " + Facts.reservedCores.source)
    let unmeasured = outcome.estate.servers.count { $0.cpuUtilPct == nil || $0.memUtilPct == nil }
    if unmeasured > 0 {
      add(
        "unknown-utilisation",
        "\(unmeasured) servers give no peak utilisation: their applications' demand is "
          + "their share of the whole allocation.", percent(Facts.missingUtilizationPct.value),
        Facts.missingUtilizationPct.source)
    }
    let nested = Set(
      plan.hosts.filter {
        $0.hypervContainers > 0 && HostCatalogue.shape(named: $0.shape)?.hypervSupport == .nestedVirtualization
      }.map(\.shape)
    ).sorted()
    if !nested.isEmpty {
      add(
        "nested-hyperv",
        "Hyper-V-isolated containers run on \(nested.joined(separator: ", ")) under nested "
          + "virtualisation, with a CPU overhead nobody publishes.",
        "unverified; " + percent(Facts.hypervCPUOverheadVirtualPct.value) + " CPU",
        "facts.md, 2026-12 update: Hyper-V on nested M8i is an inference; " + Facts.hypervCPUOverheadVirtualPct.source)
    }
    if plan.hosts.contains(where: { $0.hypervContainers > 0 }) {
      add(
        "hyperv-overhead", "Hyper-V-isolated containers need more CPU than process-isolated ones.",
        percent(scenario.hyperv.cpuOverheadPct) + " CPU", Facts.hypervCPUOverheadBareMetalPct.source)
    }

    // Assessment.
    if outcome.summary.targets[Target.Kind.linuxContainer.rawValue, default: 0] > 0 {
      add(
        "linux-image-size", "A Linux runtime image's size on disk.",
        ReportFormatting.compact(BaseImage.linux.onDiskSize(build: 0).value) + " GB",
        BaseImage.linux.onDiskSize(build: 0).source)
    }
    if outcome.assessed.contains(where: { $0.os == .windows && $0.containerBuild == WindowsRelease.server2025.build }) {
      add(
        "ltsc2025-sizes", "Base image sizes on ltsc2025 are not published: the ltsc2022 figures are used.",
        "ltsc2022 sizes", "facts.md, 2026-12 update: Server Core ltsc2025 UNVERIFIED")
    }
    add(
      "min-confidence",
      "Below this confidence an application without blocker is insufficient-data: not ready, "
        + "not planned.", ReportFormatting.compact(scenario.scoring.minConfidence),
      "targets-and-economics.md §1 default (assumption)")
    add(
      "migration-horizon", "The base image's support should outlast the horizon, from the run date.",
      "\(scenario.migration.horizonMonths) months", "targets-and-economics.md §2 default (assumption)")

    // Effort.
    if outcome.summary.effort.movingApplications > 0 {
      add(
        "effort-model",
        "Containerising an application takes a baseline before its remedies; the platform is "
          + "enabled once; every part carries a contingency.",
        "\(ReportFormatting.compact(scenario.effort.baselineDays)) days per application, "
          + "\(ReportFormatting.compact(scenario.effort.platformDays)) days of platform, "
          + percent(Facts.effortContingencyPct.value) + " contingency",
        "targets-and-economics.md §7 defaults (assumptions); " + Facts.effortContingencyPct.source)
      add(
        "day-rate", "A person-day's cost, for the one-off effort and its payback.",
        "\(licensing.currency) \(ReportFormatting.number(scenario.effort.dayRate))",
        "targets-and-economics.md §9 default (assumption)")
    }
    return entries
  }
}
