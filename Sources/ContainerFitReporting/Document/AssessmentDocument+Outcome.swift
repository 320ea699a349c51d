import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun

extension AssessmentDocument {
  /// The document of a finished run, whole in memory. `assessment.json` itself is streamed by
  /// `AssessmentJSONReporter` from the same parts; this form serves the run history and the tests.
  public init(_ outcome: AssessmentOutcome) {
    run = RunInfo(outcome)
    summary = Summary(outcome)
    assumptions = AssumptionRegister.entries(outcome)
    findings = FindingEntry.catalogue(of: outcome.assessed, idCount: outcome.summary.findingCounts.count)
    let remediations = FindingEntry.remediations(findings)
    applications = zip(outcome.assessed, outcome.placements).map {
      ApplicationResult($0, placement: $1, remediations: remediations)
    }
    hosts = outcome.plan.hosts.map { HostResult($0, platform: outcome.scenario.platform) }
    servers = Self.servers(of: outcome)
    waves = outcome.waves.waves
    rejected = outcome.estate.rejections.map(RejectedRecord.init)
    outOfScope = outcome.estate.outOfScope
    dataGaps = outcome.assessed.flatMap { app in app.dataGaps.map { DataGap(appId: app.id, field: $0) } }
  }

  /// Money and resources to the cent: enough for a report, and stable across platforms.
  static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

extension AssessmentDocument.RunInfo {
  /// The `run` object of a finished run.
  public init(_ outcome: AssessmentOutcome) {
    self.init(
      id: outcome.context.runId, createdAt: outcome.context.createdAtISO8601,
      tool: AssessmentDocument.Tool(version: outcome.context.toolVersion), client: outcome.client,
      engagement: outcome.engagement, scenario: outcome.scenario, inputs: outcome.estate.inputs)
  }
}

extension AssessmentDocument.Summary {
  /// The `summary` object of a finished run.
  public init(_ outcome: AssessmentOutcome) {
    let summary = outcome.summary
    let plan = outcome.plan
    let rounded = AssessmentDocument.rounded
    self.init(
      servers: outcome.estate.servers.count, applications: outcome.assessed.count, basis: outcome.basis,
      serverEstimate: outcome.serverEstimate,
      rejected: outcome.estate.rejections.count, warnings: outcome.estate.warnings.count,
      verdicts: AssessmentDocument.Verdicts(
        ready: summary.verdicts["ready"] ?? 0, minor: summary.verdicts["minor"] ?? 0,
        major: summary.verdicts["major"] ?? 0, unsuitable: summary.verdicts["unsuitable"] ?? 0,
        insufficientData: summary.verdicts[Verdict.insufficientData.rawValue] ?? 0),
      targets: AssessmentDocument.Targets(
        windowsContainer: summary.targets[Target.Kind.windowsContainer.rawValue] ?? 0,
        linuxContainer: summary.targets[Target.Kind.linuxContainer.rawValue] ?? 0,
        server: summary.targets[Target.Kind.server.rawValue] ?? 0),
      effortDays: rounded(summary.totalEffortDays),
      effort: AssessmentDocument.Effort(
        low: rounded(summary.effort.low), likely: rounded(summary.effort.likely), high: rounded(summary.effort.high),
        platformDays: rounded(summary.effort.platformDays)),
      consolidation: AssessmentDocument.Consolidation(
        sourceServers: plan.consolidation.sourceServers,
        decommissionedServers: plan.consolidation.decommissionedServers,
        targetHosts: plan.consolidation.targetHosts, fargateTasks: plan.consolidation.fargateTasks,
        lowerBoundHosts: plan.consolidation.lowerBoundHosts,
        pooledLowerBoundHosts: plan.consolidation.lowerBoundHosts,
        poolFreeLowerBoundHosts: plan.consolidation.poolFreeLowerBoundHosts,
        placedApplications: plan.consolidation.placedApplications,
        unplacedApplications: plan.consolidation.unplacedApplications),
      cost: AssessmentDocument.Cost(
        plan.cost, sensitivity: plan.sensitivity, scenario: outcome.scenario, effortDays: summary.effort.likely),
      licensing: AssessmentDocument.Licensing(
        currentAnnualCost: rounded(plan.licensing.currentAnnualCost),
        targetAnnualCost: rounded(plan.licensing.targetAnnualCost),
        annualSavings: rounded(plan.licensing.annualSavings), currency: plan.licensing.currency),
      isolation: AssessmentDocument.IsolationSummary(
        processOnlyHosts: plan.isolation.processOnlyHosts, hypervOnlyHosts: plan.isolation.hypervOnlyHosts,
        recommendedHosts: plan.isolation.recommendedHosts,
        hypervOverheadPct: rounded(plan.isolation.hypervOverheadPct), comparable: plan.isolation.comparable))
  }
}

extension AssessmentDocument.FindingEntry {
  /// The catalogue of a run: each finding id raised, once, sorted by id, as its first occurrence
  /// in the assessment's order states it.
  /// `idCount`: how many distinct finding ids the run raised, when known (see `FindingCatalogue`).
  static func catalogue(of assessed: [AssessedApplication], idCount: Int? = nil) -> [Self] {
    FindingCatalogue(assessed, idCount: idCount).entries.map { id, entry in
      Self(id: id, title: entry.title, rule: entry.rule, blocker: entry.blocker, remediation: entry.remediation)
    }.sorted { $0.id < $1.id }
  }

  /// Each entry's remediation by finding id: what an application's finding is compared with.
  static func remediations(_ catalogue: [Self]) -> [String: String] {
    Dictionary(catalogue.map { ($0.id, $0.remediation) }, uniquingKeysWith: { first, _ in first })
  }
}

extension AssessmentDocument.ApplicationResult {
  /// An assessed application with its place in the plan (none when it is not placed); a finding
  /// keeps its remediation only when it differs from the catalogue's (`remediations`, by id).
  init(_ app: AssessedApplication, placement: AppPlacement?, remediations: [String: String]) {
    let rounded = AssessmentDocument.rounded
    self.init(
      id: app.id, name: app.name, serverId: app.serverId, score: app.score, verdict: app.verdict.rawValue,
      confidence: app.confidence, blockers: app.blockers, target: app.target,
      findings: app.findings.map {
        AssessmentDocument.Finding(
          id: $0.id, points: $0.points, evidence: $0.evidence,
          remediation: $0.remediation == remediations[$0.id] ? nil : $0.remediation, effortDays: $0.effortDays)
      },
      baseImage: app.baseImage.rawValue, image: app.image,
      containerBuild: app.os == .windows ? app.containerBuild : nil,
      isolation: app.os == .windows ? app.isolation.rawValue : nil,
      imageSizeGB: app.imageSizeGB, cpuCores: placement.map { rounded($0.cpuCores) },
      memoryGB: placement.map { rounded($0.memoryGB) }, hostId: placement?.hostId, effortDays: app.effortDays)
  }
}

extension AssessmentDocument.Cost {
  /// The plan's cost with the one-off effort at the scenario's day rate, and how its difference
  /// moves with demand (`sensitivity`) and with the unknown editions.
  init(_ cost: CostSummary, sensitivity: DemandSensitivity, scenario: Scenario, effortDays: Double) {
    let rounded = AssessmentDocument.rounded
    let before = AssessmentDocument.Cost.Before(
      compute: rounded(cost.beforeCompute), licence: rounded(cost.beforeLicence.low),
      total: rounded(cost.beforeCompute + cost.beforeLicence.low), licenceLow: rounded(cost.beforeLicence.low),
      licenceHigh: rounded(cost.beforeLicence.high))
    let after = AssessmentDocument.Cost.After(
      compute: rounded(cost.afterCompute), licence: rounded(cost.afterLicence.low),
      total: rounded(cost.afterCompute + cost.afterLicence.low), licenceHigh: rounded(cost.afterLicence.high),
      remainingServers: rounded(cost.remainingLicence.low + cost.remainingCompute),
      hostsCompute: rounded(cost.hostsCompute), hostsLicence: rounded(cost.hostsLicence))
    let difference = after.total - before.total
    let oneOff = rounded(effortDays * scenario.effort.dayRate)
    self.init(
      currency: cost.currency, horizonYears: Double(scenario.migration.horizonMonths) / 12,
      currentBasis: cost.currentBasis, targetModel: cost.targetModel, hostingPriced: cost.hostingPriced,
      before: before, after: after, annualDifference: rounded(difference), oneOffEffort: oneOff,
      paybackMonths: difference < 0 ? rounded(oneOff / (-difference / 12)) : nil,
      sensitivity: AssessmentDocument.Sensitivity(
        demand: [(sensitivity.pct, sensitivity.more), (-sensitivity.pct, sensitivity.less)].map { pct, variant in
          // The same after-state with the re-packed hosts in place of the plan's.
          let afterTotal = rounded(after.total - after.hostsCompute - after.hostsLicence + variant.annualCost)
          return AssessmentDocument.Sensitivity.DemandCase(
            demandPct: pct, hosts: variant.hosts, placedApplications: variant.placedApplications,
            afterTotal: afterTotal, annualDifference: rounded(afterTotal - before.total))
        },
        licenceLowDifference: rounded(difference),
        licenceHighDifference: rounded(
          (cost.afterCompute + cost.afterLicence.high) - (cost.beforeCompute + cost.beforeLicence.high))))
  }
}

extension AssessmentDocument.HostResult {
  /// A planned host.
  public init(_ host: PlannedHost, platform: TargetPlatform) {
    let rounded = AssessmentDocument.rounded
    let isLinux = host.osBuild == ContainerOS.noWindowsBuild
    // Every application on a host is counted once, each Hyper-V container once: as many Hyper-V
    // containers as applications means all are Hyper-V.
    let carried: String? =
      host.appIds.isEmpty || isLinux
      ? nil
      : host.hypervContainers == 0 ? "process" : host.hypervContainers >= host.appIds.count ? "hyperv" : "mixed"
    self.init(
      id: host.id, kind: host.isFargateTask ? "fargate-task" : "host",
      os: isLinux ? ContainerOS.linux.rawValue : ContainerOS.windows.rawValue,
      osBuild: isLinux ? nil : host.osBuild, shape: host.shape,
      platform: host.selfManaged ? TargetPlatform.selfManaged.rawValue : platform.rawValue,
      hypervCapable: host.isFargateTask
        ? false : HostCatalogue.shape(named: host.shape).map { $0.hypervSupport != .unavailable },
      isolation: carried, codePage: host.codePage, spare: host.spare, edition: host.edition.rawValue,
      annualCompute: rounded(host.annualCompute), annualLicence: rounded(host.annualLicence), cores: host.cores,
      memoryGB: host.memoryGB, cpuUsed: rounded(host.cpuUsed),
      memoryUsed: rounded(host.memoryUsed), applications: host.appIds)
  }
}
