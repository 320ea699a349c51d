import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

extension AssessmentDocument {
  /// The document of a finished run.
  public init(_ outcome: AssessmentOutcome) {
    let placements = outcome.placementIndex()
    let summary = outcome.summary
    let plan = outcome.plan
    run = RunInfo(
      id: outcome.context.runId, createdAt: outcome.context.createdAtISO8601,
      tool: Tool(version: outcome.context.toolVersion), client: outcome.client, engagement: outcome.engagement,
      scenario: outcome.scenario, inputs: outcome.estate.inputs)
    self.summary = Summary(
      servers: outcome.estate.servers.count, applications: outcome.assessed.count,
      rejected: outcome.estate.rejections.count, warnings: outcome.estate.warnings.count,
      verdicts: Verdicts(
        ready: summary.verdicts["ready"] ?? 0, minor: summary.verdicts["minor"] ?? 0,
        major: summary.verdicts["major"] ?? 0, unsuitable: summary.verdicts["unsuitable"] ?? 0),
      effortDays: Self.rounded(summary.totalEffortDays),
      consolidation: Consolidation(
        sourceServers: plan.consolidation.sourceServers,
        decommissionedServers: plan.consolidation.decommissionedServers,
        targetHosts: plan.consolidation.targetHosts, lowerBoundHosts: plan.consolidation.lowerBoundHosts),
      licensing: Licensing(
        currentAnnualCost: Self.rounded(plan.licensing.currentAnnualCost),
        targetAnnualCost: Self.rounded(plan.licensing.targetAnnualCost),
        annualSavings: Self.rounded(plan.licensing.annualSavings), currency: plan.licensing.currency),
      isolation: IsolationSummary(
        processOnlyHosts: plan.isolation.processOnlyHosts, hypervOnlyHosts: plan.isolation.hypervOnlyHosts,
        recommendedHosts: plan.isolation.recommendedHosts,
        hypervOverheadPct: Self.rounded(plan.isolation.hypervOverheadPct)))
    applications = outcome.assessed.map { app in
      let placement = placements[app.id]
      return ApplicationResult(
        id: app.id, name: app.name, serverId: app.serverId, score: app.score, verdict: app.verdict.rawValue,
        confidence: app.confidence, blockers: app.blockers,
        findings: app.findings.map {
          Finding(
            rule: $0.rule, id: $0.id, points: $0.points, evidence: $0.evidence, remediation: $0.remediation,
            effortDays: $0.effortDays, blocker: $0.isBlocker)
        },
        baseImage: app.baseImage.rawValue, containerBuild: app.containerBuild, isolation: app.isolation.rawValue,
        imageSizeGB: app.imageSizeGB, cpuCores: placement.map { Self.rounded($0.cpuCores) },
        memoryGB: placement.map { Self.rounded($0.memoryGB) }, hostId: placement?.hostId,
        effortDays: app.effortDays)
    }
    hosts = plan.hosts.map {
      HostResult(
        id: $0.id, osBuild: $0.osBuild, cores: $0.cores, memoryGB: $0.memoryGB, cpuUsed: Self.rounded($0.cpuUsed),
        memoryUsed: Self.rounded($0.memoryUsed), applications: $0.appIds)
    }
    rejected = outcome.estate.rejections.map(RejectedRecord.init)
    outOfScope = outcome.estate.outOfScope
    dataGaps = outcome.assessed.flatMap { app in app.dataGaps.map { DataGap(appId: app.id, field: $0) } }
  }

  /// Money and resources to the cent: enough for a report, and stable across platforms.
  static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
