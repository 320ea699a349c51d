import ContainerFitModel
import ContainerFitPlanning

extension ReportViewBuilder {
  func consolidationMetrics() -> [ReportView.Metric] {
    let consolidation = outcome.plan.consolidation
    let tasks =
      consolidation.fargateTasks == 0
      ? []
      : [
        ReportView.Metric(
          label: "Fargate tasks", value: ReportFormatting.integer(consolidation.fargateTasks),
          note: "one per container instance, each of the cheapest size that holds it")
      ]
    return [
      ReportView.Metric(
        label: "source servers", value: ReportFormatting.integer(consolidation.sourceServers),
        note: "servers running the assessed applications today"),
      ReportView.Metric(
        label: "decommissioned", value: ReportFormatting.integer(consolidation.decommissionedServers),
        note: "every application on them moves; "
          + "\(ReportFormatting.integer(outcome.estate.servers.count - consolidation.decommissionedServers)) of the "
          + "estate's \(ReportFormatting.integer(outcome.estate.servers.count)) servers stay"),
      ReportView.Metric(
        label: "applications placed", value: ReportFormatting.integer(consolidation.placedApplications),
        note: consolidation.unplacedApplications > 0
          ? "\(consolidation.unplacedApplications) more would move but fit no host (planning exceptions)"
          : "every application that moves"),
      ReportView.Metric(
        label: "container hosts", value: ReportFormatting.integer(consolidation.targetHosts),
        note: "planned, all pools"
          + {
            let spares = outcome.plan.hosts.count(where: \.spare)
            return spares > 0 ? "; \(spares) of them spare (host.spread, host.min_hosts_per_pool)" : ""
          }()),
    ] + tasks + [
      ReportView.Metric(
        label: "lower bound, these pools", value: ReportFormatting.integer(consolidation.lowerBoundHosts),
        note: "no plan with these pools (by build, code page and OS) uses fewer hosts"),
      ReportView.Metric(
        label: "lower bound, no pools", value: ReportFormatting.integer(consolidation.poolFreeLowerBoundHosts),
        note: "even with no build, code-page or OS constraint, at least this many "
          + "\(consolidation.poolFreeShape) hosts (the largest pool's shape)"),
      ReportView.Metric(
        label: "stranded capacity",
        value:
          "\(ReportFormatting.compact(consolidation.stranded.cpuCores)) cores / \(ReportFormatting.compact(consolidation.stranded.memoryGB)) GiB",
        note: "free CPU on memory-full hosts and free memory on CPU-full hosts"),
    ]
  }

  func poolRows() -> [ReportView.PoolRow] {
    let hostsByPool = Dictionary(grouping: outcome.plan.hosts) {
      PoolKey(build: $0.osBuild, codePage: $0.codePage, selfManaged: $0.selfManaged, shape: $0.shape)
    }
    return outcome.plan.consolidation.pools.map { pool in
      let key = PoolKey(build: pool.osBuild, codePage: pool.codePage, selfManaged: pool.selfManaged, shape: pool.shape)
      let hosts = hostsByPool[key] ?? []
      let cores = hosts.reduce(0) { $0 + $1.cores }
      let memory = hosts.reduce(0) { $0 + $1.memoryGB }
      let cpuUsed = hosts.reduce(0) { $0 + $1.cpuUsed }
      let memoryUsed = hosts.reduce(0) { $0 + $1.memoryUsed }
      let hyperv = hosts.reduce(0) { $0 + $1.hypervContainers }
      let stranded = StrandedCapacity.of(hosts)
      return ReportView.PoolRow(
        name: poolName(pool),
        isolation: pool.osBuild == ContainerOS.noWindowsBuild
          ? "–" : hyperv > 0 ? "process + \(hyperv) Hyper-V" : "process",
        applications: pool.containers, hosts: pool.hosts, lowerBound: pool.lowerBoundHosts,
        cpuUsedPct: ReportFormatting.percent(cpuUsed, of: cores),
        memoryUsedPct: ReportFormatting.percent(memoryUsed, of: memory),
        strandedCPU: ReportFormatting.compact(stranded.cpuCores),
        strandedMemory: ReportFormatting.compact(stranded.memoryGB))
    }
  }

  func poolChart() -> String {
    let pools = outcome.plan.consolidation.pools
    return SVGGroupedBarChart(
      title: "Hosts per pool", description: "Planned hosts and the lower bound for each host pool.",
      series: [ChartSeries(name: "planned hosts"), ChartSeries(name: "lower bound")],
      groups: pools.map {
        ChartGroup(label: shortPoolName($0), values: [Double($0.hosts), Double($0.lowerBoundHosts)])
      }
    ).render()
  }

  func planNotes() -> [String] {
    var notes = outcome.plan.notes
    for exception in outcome.plan.exceptions.prefix(50) { notes.append("\(exception.appId): \(exception.message)") }
    if outcome.plan.exceptions.count > 50 {
      notes.append("\(outcome.plan.exceptions.count - 50) more planning exceptions are listed in assessment.json.")
    }
    for overcommit in outcome.plan.overcommit.prefix(20) where overcommit.overcommitGB > 0 {
      notes.append(
        "\(overcommit.hostId): peak memory \(ReportFormatting.compact(overcommit.peakMemoryGB)) GiB exceeds the "
          + "\(ReportFormatting.compact(overcommit.allocatableMemoryGB)) GiB it can allocate by "
          + "\(ReportFormatting.compact(overcommit.overcommitGB)) GiB (unbounded-memory workaround).")
    }
    return notes
  }

  func licensingRows(currency: String) -> [ReportView.CostRow] {
    let cost = outcome.plan.cost
    let money = { ReportFormatting.money($0, currency: currency) }
    let range = { (range: LicenceModel.Range) in ReportFormatting.moneyRange(range.low, range.high, currency: currency)
    }
    let servers = outcome.estate.servers.count
    let retired = outcome.plan.consolidation.decommissionedServers
    var rows = [
      ReportView.CostRow(
        label: "Licences today", value: range(cost.beforeLicence),
        note: "\(servers) servers, \(basisText(cost.currentBasis))"),
      ReportView.CostRow(
        label: "Licences after", value: range(cost.afterLicence),
        note:
          "\(targetText) \(money(cost.hostsLicence)) (\(targetModelText(cost.targetModel))) "
          + "+ the \(servers - retired) servers that stay"),
      ReportView.CostRow(
        label: "Licence change a year", value: range(cost.licenceChange),
        note: cost.licenceChange.high > 0 ? "positive: licences cost more after" : "negative: licences cost less after"),
      ReportView.CostRow(
        label: "Compute of the \(targetNoun)", value: money(cost.hostsCompute),
        note: computeNote()),
    ]
    if cost.hostingPriced {
      rows.append(
        ReportView.CostRow(
          label: "Hosting today → after", value: "\(money(cost.beforeCompute)) → \(money(cost.afterCompute))",
          note: "current.* rates for the servers; the \(targetNoun)' compute after"))
    } else {
      rows.append(
        ReportView.CostRow(
          label: "Hosting today", value: "not priced",
          note: "set current.vm_cost_per_vcpu_year and current.physical_server_year to compare it"))
    }
    return rows
  }

  private func basisText(_ basis: String) -> String {
    let cost = outcome.plan.cost
    let sa = basis == Scenario.LicensingSettings.CurrentBasis.softwareAssurance.rawValue
    let perServer = sa ? "per VM, 8 cores minimum" : "each as a server, 16 cores minimum"
    let counting =
      cost.licensedHosts > 0
      ? "\(cost.vmsOnLicensedHosts) VMs licensed on their \(cost.licensedHosts) hypervisor hosts (every physical core; "
        + "Datacenter covers all VMs of a host, Standard 2 per licensing; a host is freed only when all its Windows "
        + "VMs go)"
        + (outcome.estate.servers.count { $0.platform != .cloud } > cost.vmsOnLicensedHosts
          ? ", the others \(perServer)" : "")
      : (sa ? "per-VM licensing, 8 cores minimum" : "each server 16 cores minimum")
    return sa
      ? "the cash of a year: Software Assurance at \(ReportFormatting.compact(outcome.scenario.licensing.saPct))% of the "
        + "licence price (licences already bought are sunk); " + counting
      : "licence prices over \(ReportFormatting.compact(outcome.scenario.licensing.amortizationYears)) years (a book view); "
        + counting
  }

  private func targetModelText(_ model: String) -> String {
    model == Scenario.LicensingSettings.Model.included.rawValue
      ? "licence-included, \(outcome.scenario.licensing.currency) \(outcome.scenario.licensing.cloudPricePerVCPUHour) per vCPU-hour"
      : "per-core licences, amortised over \(ReportFormatting.compact(outcome.scenario.licensing.amortizationYears)) years"
  }

  private func computeNote() -> String {
    var counts: [String: Int] = [:]
    for host in outcome.plan.hosts { counts[host.shape, default: 0] += 1 }
    let shapes = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) × \($0.key)" }
    guard !shapes.isEmpty else { return "no container host" }
    let cloud = outcome.plan.hosts.first.flatMap { HostCatalogue.shape(named: $0.shape) }?.hourlyPrice != nil
    let fargate =
      outcome.plan.consolidation.fargateTasks > 0
      ? "Fargate tasks per vCPU-hour and GB-hour, AWS us-east-1 (facts.md, 2026-12 update)" : nil
    return shapes.joined(separator: ", ") + ": "
      + (fargate.map { outcome.plan.consolidation.targetHosts > 0 ? $0 + "; hosts " : $0 } ?? "")
      + (outcome.plan.consolidation.targetHosts == 0 && fargate != nil
        ? ""
        : cloud
          ? "on demand without the Windows charge (the Linux price), AWS us-east-1 (facts.md EC2 catalogue)"
          : "at current.* rates (0 when not priced)")
  }

  /// "13", or with Fargate tasks "2 + 103 tasks".
  func hostsAndTasks(_ variant: IsolationVariant) -> String {
    variant.tasks == 0
      ? ReportFormatting.integer(variant.hosts)
      : "\(ReportFormatting.integer(variant.hosts)) + \(ReportFormatting.integer(variant.tasks)) tasks"
  }

  /// "13 hosts", "103 tasks" or "2 hosts and 103 tasks".
  func hostsAndTasksText(hosts: Int, tasks: Int) -> String {
    let hostsText = "\(ReportFormatting.integer(hosts)) hosts"
    let tasksText = "\(ReportFormatting.integer(tasks)) tasks"
    return tasks == 0 ? hostsText : hosts == 0 ? tasksText : hostsText + " and " + tasksText
  }

  /// Hosts listed in the report; a large plan's full list is in assessment.json.
  static let hostRowLimit = 200

  func hostRows(currency: String) -> [ReportView.HostRow] {
    let platform = outcome.scenario.platform.rawValue
    return outcome.plan.hosts.prefix(Self.hostRowLimit).map { host in
      let isLinux = host.osBuild == ContainerOS.noWindowsBuild
      let isolation =
        host.isFargateTask
        ? "Fargate task"
        : host.spare
          ? "spare" : isLinux ? "Linux" : host.hypervContainers == 0 ? "process" : "\(host.hypervContainers) Hyper-V"
      return ReportView.HostRow(
        id: host.id, shape: host.shape, platform: host.selfManaged ? "self-managed" : platform, isolation: isolation,
        codePage: host.codePage.map(String.init) ?? "–", edition: host.edition.rawValue,
        compute: ReportFormatting.money(host.annualCompute, currency: currency),
        licence: ReportFormatting.money(host.annualLicence, currency: currency))
    }
  }

  /// Licences, compute and their total, today and after, the difference a year and over the
  /// migration horizon (targets-and-economics.md §5, "TCO table"); ranges where editions are unknown.
  func tcoRows(currency: String) -> [ReportView.TCORow] {
    let cost = outcome.plan.cost
    let years = Double(outcome.scenario.migration.horizonMonths) / 12
    let range = { (low: Double, high: Double) in ReportFormatting.moneyRange(low, high, currency: currency) }
    // A difference range with its sign: `+USD 1–2`, `−USD 1–2`, or `−USD 1 to +USD 2`.
    let signed = { (x: Double, y: Double) -> String in
      let (low, high) = (min(x, y), max(x, y))
      if abs(low) < 0.5, abs(high) < 0.5 { return range(0, 0) }
      if low >= 0 { return "+" + range(low, high) }
      if high <= 0 { return "−" + range(-high, -low) }
      return "−" + ReportFormatting.money(-low, currency: currency) + " to +"
        + ReportFormatting.money(high, currency: currency)
    }
    let compute = (today: cost.hostingPriced ? cost.beforeCompute : 0, after: cost.afterCompute)
    let licence = (today: cost.beforeLicence, after: cost.afterLicence)
    let total = (
      today: (compute.today + licence.today.low, compute.today + licence.today.high),
      after: (compute.after + licence.after.low, compute.after + licence.after.high)
    )
    func row(_ label: String, _ today: (Double, Double), _ after: (Double, Double), total: Bool = false)
      -> ReportView.TCORow
    {
      let difference = (after.0 - today.0, after.1 - today.1)
      return ReportView.TCORow(
        label: label, today: range(today.0, today.1), after: range(after.0, after.1),
        difference: signed(difference.0, difference.1), horizon: signed(difference.0 * years, difference.1 * years),
        total: total)
    }
    return [
      row("Licences", (licence.today.low, licence.today.high), (licence.after.low, licence.after.high)),
      row(
        cost.hostingPriced ? "Compute and hosting" : "Compute (today's hosting not priced)",
        (compute.today, compute.today), (compute.after, compute.after)),
      row("Total a year", total.today, total.after, total: true),
    ]
  }

  func tcoNote(currency: String) -> String {
    let cost = outcome.plan.cost
    let effort = outcome.summary.effort
    let oneOff = effort.likely * outcome.scenario.effort.dayRate
    let difference = cost.afterCompute + cost.afterLicence.low - (cost.beforeLicence.low + cost.beforeCompute)
    var parts = [
      "After = the \(targetNoun) plus the \(outcome.estate.servers.count - outcome.plan.consolidation.decommissionedServers) "
        + "servers that stay. One-off effort: \(ReportFormatting.number(effort.likely)) person-days × "
        + "\(ReportFormatting.money(outcome.scenario.effort.dayRate, currency: currency)) = "
        + "\(ReportFormatting.money(oneOff, currency: currency)) (effort.day_rate, an assumption)"
    ]
    if outcome.plan.hosts.isEmpty {
      parts.append("nothing moves yet, so nothing changes")
    } else if difference < 0 {
      parts.append("paid back in \(ReportFormatting.number(oneOff / (-difference / 12))) months")
    } else {
      parts.append("not paid back: the plan costs more a year than today")
    }
    if !cost.hostingPriced {
      parts.append(
        "today's hosting is not priced (current.vm_cost_per_vcpu_year, current.physical_server_year), so the "
          + "difference counts the \(targetNoun)' compute against no hosting retired")
    }
    if cost.beforeLicence.low != cost.beforeLicence.high {
      parts.append(
        "with every unknown edition at Datacenter rather than Standard, the licences today are "
          + "\(ReportFormatting.money(cost.beforeLicence.high - cost.beforeLicence.low, currency: currency)) higher "
          + "and, with the servers that stay, so are the licences after by "
          + "\(ReportFormatting.money(cost.remainingLicence.high - cost.remainingLicence.low, currency: currency))")
    }
    return parts.joined(separator: "; ") + "."
  }

  /// The TCO table's sensitivity line: the annual difference with every container's demand 20%
  /// higher and lower (the plan's pools and shapes re-packed), and at the licence ranges' ends.
  func tcoSensitivity(currency: String) -> String {
    let plan = outcome.plan
    let cost = plan.cost
    guard !plan.hosts.isEmpty else { return "Sensitivity: nothing is placed, so demand does not move the cost." }
    let before = (low: cost.beforeCompute + cost.beforeLicence.low, high: cost.beforeCompute + cost.beforeLicence.high)
    let after = (low: cost.afterCompute + cost.afterLicence.low, high: cost.afterCompute + cost.afterLicence.high)
    let hostsCost = cost.hostsCompute + cost.hostsLicence
    func signed(_ value: Double) -> String {
      (value < -0.5 ? "−" : "+") + ReportFormatting.money(abs(value), currency: currency)
    }
    func demandCase(_ variant: IsolationVariant) -> String {
      let difference = after.low - hostsCost + variant.annualCost - before.low
      let unplaced = plan.consolidation.placedApplications - variant.placedApplications
      return hostsAndTasksText(hosts: variant.hosts, tasks: variant.tasks)
        + " and a difference of \(signed(difference)) a year"
        + (unplaced > 0
          ? " (\(unplaced) applications no longer fit "
            + (plan.consolidation.targetHosts == 0 ? "any Fargate task size)" : "their pool's hosts)") : "")
    }
    let sensitivity = plan.sensitivity
    let pct = ReportFormatting.number(sensitivity.pct)
    var text =
      "Sensitivity ("
      + (plan.consolidation.fargateTasks > 0
        ? "the plan's Fargate tasks resized" + (plan.consolidation.targetHosts > 0 ? " and its pools re-packed" : "")
        : "the plan's pools and shapes re-packed")
      + "): with every container's demand \(pct)% higher, "
      + demandCase(sensitivity.more) + "; \(pct)% lower, " + demandCase(sensitivity.less) + "; as planned, "
      + hostsAndTasksText(hosts: plan.consolidation.targetHosts, tasks: plan.consolidation.fargateTasks)
      + " and \(signed(after.low - before.low))"
    if cost.beforeLicence.low != cost.beforeLicence.high || cost.afterLicence.low != cost.afterLicence.high {
      text +=
        "; with every unknown edition at Datacenter rather than Standard, the difference is "
        + "\(signed(after.high - before.high)) a year"
    }
    return text + "."
  }

  func licensingNote() -> String {
    let settings = outcome.scenario.licensing
    let unknown = outcome.estate.servers.filter { $0.licenseEdition == nil && $0.platform != .cloud }.count
    return
      "List prices per 16 cores: Standard \(settings.currency) \(ReportFormatting.number(settings.standardPricePer16Cores)), "
      + "Datacenter \(settings.currency) \(ReportFormatting.number(settings.datacenterPricePer16Cores)) (Windows Server 2022, Open NL). "
      + (unknown > 0
        ? "\(unknown) servers have no known edition: their licences are a range, Standard to Datacenter. " : "")
      + "On AWS, Windows Server on shared tenancy is licence-included; per-core licences are allowed only on "
      + "Dedicated Hosts for licences bought before 2019-10-01 for Windows Server 2019 or older. On-premises hosts "
      + "license every core (8 per processor, 16 per server at least); Standard covers 2 Hyper-V containers per full "
      + "licensing (stacked for more), Datacenter unlimited. The servers that stay keep their cost after the move."
  }

  func isolationRows(currency: String) -> [ReportView.IsolationRow] {
    let isolation = outcome.plan.isolation
    let rows: [(String, IsolationVariant, Bool)] = [
      ("All process-isolated", isolation.processOnly, false),
      ("All Hyper-V-isolated", isolation.hypervOnly, false),
      ("Recommended", isolation.recommended, true),
    ]
    return rows.map { label, variant, recommended in
      ReportView.IsolationRow(
        mode: label, hosts: hostsAndTasks(variant), cores: ReportFormatting.compact(variant.cores),
        memoryGB: ReportFormatting.compact(variant.memoryGB),
        annualCost: ReportFormatting.money(variant.annualCost, currency: currency), recommended: recommended)
    }
  }

  func isolationChart(currency: String) -> String {
    let isolation = outcome.plan.isolation
    return SVGGroupedBarChart(
      title: "Isolation comparison", description: "Hosts and annual licence cost for each isolation plan.",
      series: [
        ChartSeries(name: "hosts"),
        ChartSeries(name: "annual cost", format: ChartValueFormat(decimals: 0, prefix: currency + " ")),
      ],
      groups: [
        ChartGroup(label: "process", values: [Double(isolation.processOnly.hosts), isolation.processOnly.annualCost]),
        ChartGroup(label: "hyperv", values: [Double(isolation.hypervOnly.hosts), isolation.hypervOnly.annualCost]),
        ChartGroup(
          label: "recommended", values: [Double(isolation.recommended.hosts), isolation.recommended.annualCost]),
      ],
      scale: .perSeries, highlightedGroup: "recommended"
    ).render()
  }

  func isolationNote() -> String {
    let hyperv = outcome.scenario.hyperv
    let memory =
      hyperv.memoryModel == .utilityVM
      ? "the utility VM's memory (the container's + 256 MB, rounded up to the next 512 MB; Microsoft, 2017)"
      : "\(ReportFormatting.compact(hyperv.memoryOverheadGB)) GiB per container"
    let isolation = outcome.plan.isolation
    let currency = outcome.scenario.licensing.currency
    let difference = isolation.hypervOnly.annualCost - isolation.processOnly.annualCost
    let comparison =
      isolation.comparable
      ? "Hyper-V isolation for every application needs \(isolation.hypervOnly.hosts) hosts against "
        + "\(isolation.processOnly.hosts) process-isolated (shapes may differ: only hosts that run Hyper-V take "
        + "Hyper-V containers) and costs \(ReportFormatting.money(abs(difference), currency: currency)) "
        + (difference >= 0 ? "more" : "less") + " a year (\(ReportFormatting.compact(isolation.hypervOverheadPct))%). "
      : "The all-Hyper-V plan places \(isolation.hypervOnly.placedApplications) applications and the all-process plan "
        + "\(isolation.processOnly.placedApplications), so their costs are not compared. "
    return comparison
      + "Hyper-V adds CPU (\(ReportFormatting.compact(hyperv.cpuOverheadPct))% on bare metal and physical hosts, per the "
      + "seed article's Stratoscale figures; \(ReportFormatting.compact(Facts.hypervCPUOverheadVirtualPct.value))% under "
      + "nested virtualisation, an assumption), \(memory), and a slower start (3–10 s against 1–2 s). "
      + "Code-page-sensitive applications stay process-isolated in every plan: Hyper-V containers are fixed at UTF-8."
  }

  private func poolName(_ pool: PoolSummary) -> String {
    guard pool.osBuild != ContainerOS.noWindowsBuild else { return "Linux, \(pool.shape)" }
    let release =
      WindowsRelease.release(ofBuild: pool.osBuild).map { "\($0.name) (\(pool.osBuild))" } ?? "build \(pool.osBuild)"
    var name = release + ", " + pool.shape
    if let codePage = pool.codePage { name += ", code page \(codePage)" }
    if pool.selfManaged { name += ", self-managed" }
    return name
  }

  /// `17763`, `17763 cp932`, `20348 self-managed`: chart labels must stay short to be told apart.
  private func shortPoolName(_ pool: PoolSummary) -> String {
    var name = pool.osBuild == ContainerOS.noWindowsBuild ? "Linux" : String(pool.osBuild)
    if let codePage = pool.codePage { name += " cp\(codePage)" }
    if pool.selfManaged { name += " self-managed" }
    return name
  }
}

private struct PoolKey: Hashable {
  var build: Int
  var codePage: Int?
  var selfManaged: Bool
  var shape: String
}
