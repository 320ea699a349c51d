import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun
import Foundation

/// Builds the `ReportView` of a finished run: picks, orders and formats what the templates show.
struct ReportViewBuilder {
  let outcome: AssessmentOutcome
  /// How many of the worst and of the best applications the detail section lists.
  let detailCount: Int
  /// How many applications lack each field, by gap name: the data-gaps table and the next steps
  /// both read it, and counting a million applications' gaps takes a pass of its own.
  let gapCounts: [String: Int]
  /// The assumptions register: its own section and the risks both read it.
  let assumptions: [Assumption]

  init(outcome: AssessmentOutcome, detailCount: Int) {
    self.outcome = outcome
    self.detailCount = detailCount
    self.assumptions = AssumptionRegister.entries(outcome)
    var counts: [String: Int] = [:]
    // Fields read in place: a copy of each application (a dozen references) costs more than the count.
    outcome.assessed.withUnsafeBufferPointer { apps in
      for index in apps.indices {
        for gap in apps[index].dataGaps { counts[gap, default: 0] += 1 }
      }
    }
    self.gapCounts = counts
  }

  func build() -> ReportView {
    let summary = outcome.summary
    let plan = outcome.plan
    let currency = plan.licensing.currency
    let total = Double(max(1, outcome.assessed.count))
    let verdictCounts = Verdict.allCases.map { (verdict: $0, count: summary.verdicts[$0.rawValue] ?? 0) }
    let findingInfo = FindingCatalogue(
      outcome.assessed, idCount: outcome.summary.findingCounts.count,
      effortOverrides: outcome.scenario.scoring.effortDays)
    let blockers = findingRows(summary.blockerCounts, info: findingInfo, total: total, limit: 20)
    let gaps = gapRows(total: total)
    let rejected = outcome.estate.rejections.prefix(200).map {
      ReportView.RejectedRow(location: $0.location.description, field: $0.field ?? "–", reason: $0.message)
    }
    let groups = ApplicationDetail(outcome: outcome, count: detailCount).groups()
    let insufficient = insufficientData()
    let risks = risks()
    return ReportView(
      title: "\(outcome.client) — Windows container migration assessment", client: outcome.client,
      engagement: outcome.engagement, date: String(outcome.context.createdAtISO8601.prefix(10)),
      runId: outcome.context.runId, toolVersion: outcome.context.toolVersion, scenarioName: outcome.scenario.name,
      inputs: outcome.estate.inputs.map {
        ReportView.Input(
          path: $0.path, format: $0.format, sha256: $0.sha256, sha256Short: String($0.sha256.prefix(12)),
          servers: $0.servers, applications: $0.applications, rejected: $0.rejected,
          missingFields: $0.missingFields.joined(separator: ", "), hasMissingFields: !$0.missingFields.isEmpty)
      },
      headline: headline(verdictCounts, currency: currency),
      summaryText: summaryText(verdictCounts, currency: currency),
      verdictChart: SVGBarChart(
        title: "Verdicts", description: "Applications per verdict.",
        bars: verdictCounts.map {
          ChartDatum(label: $0.verdict.rawValue, value: Double($0.count), colorKey: $0.verdict.rawValue)
        }
      ).render(),
      verdictTable: verdictTable(verdictCounts, total: total),
      histogramChart: SVGHistogram(
        title: "Score distribution", description: "Applications per fitness score band of 10 points.",
        bucketCounts: summary.histogram
      ).render(),
      isolationChart: isolationChart(currency: currency), poolChart: poolChart(),
      blockers: blockers, hasBlockers: !blockers.isEmpty,
      topFindings: findingRows(summary.findingCounts, info: findingInfo, total: total, limit: 15),
      pools: poolRows(), consolidation: consolidationMetrics(),
      planNotes: planNotes().map(ReportView.Note.init), hasPlanNotes: !planNotes().isEmpty,
      licensing: licensingRows(currency: currency), licensingNote: licensingNote(),
      tco: tcoRows(currency: currency),
      hostRows: hostRows(currency: currency), hasHostRows: !outcome.plan.hosts.isEmpty,
      hostRowsNote: outcome.plan.hosts.count > Self.hostRowLimit
        ? "The first \(Self.hostRowLimit) of \(outcome.plan.hosts.count) hosts; assessment.json lists them all." : "",
      tcoHorizon: "over \(outcome.scenario.migration.horizonMonths) months",
      tcoNote: tcoNote(currency: currency),
      hostListTitle: plan.consolidation.fargateTasks == 0
        ? "Container hosts"
        : plan.consolidation.targetHosts == 0 ? "Fargate tasks" : "Fargate tasks and container hosts",
      tcoSensitivity: tcoSensitivity(currency: currency),
      serverLook: serverLook(currency: currency).map { [$0] } ?? [], hasServerLook: outcome.serverEstimate != nil,
      hasApplications: !outcome.assessed.isEmpty,
      recommendation: recommendation(currency: currency).map { [$0] } ?? [], risks: risks, hasRisks: !risks.isEmpty,
      waves: waveRows(currency: currency), hasWaves: !outcome.waves.waves.isEmpty, wavesNote: wavesNote(),
      wavesChart: wavesChart(),
      assumptions: assumptions,
      isolation: isolationRows(currency: currency), isolationNote: isolationNote(),
      dataGaps: gaps, hasDataGaps: !gaps.isEmpty,
      insufficientApps: insufficient.apps, insufficientFields: insufficient.fields, insufficientNote: insufficient.note,
      hasInsufficient: !insufficient.apps.isEmpty, effort: effortRows(), effortNote: effortNote(),
      rejected: Array(rejected),
      rejectedMore: outcome.estate.rejections.count > rejected.count
        ? "\(outcome.estate.rejections.count - rejected.count) more rejected records are listed in assessment.json."
        : "",
      hasRejected: !outcome.estate.rejections.isEmpty, warningsCount: outcome.estate.warnings.count,
      warnings: WarningGroups.rows(outcome.estate.warnings), hasWarnings: !outcome.estate.warnings.isEmpty,
      outOfScope: outcome.estate.outOfScope.prefix(200).map {
        ReportView.OutOfScopeRow(location: $0.location.description, name: $0.name, reason: $0.reason)
      },
      hasOutOfScope: !outcome.estate.outOfScope.isEmpty,
      outOfScopeNote: outcome.estate.outOfScope.count > 200
        ? "\(outcome.estate.outOfScope.count - 200) more out-of-scope records are listed in assessment.json." : "",
      applicationGroups: groups.groups, applicationsNote: groups.note,
      rules: MethodologyCatalogue.rules(), parameters: MethodologyCatalogue.parameters(outcome.scenario))
  }

  // MARK: Summary

  private func headline(_ verdicts: [(verdict: Verdict, count: Int)], currency: String) -> [ReportView.Metric] {
    let total = Double(max(1, outcome.assessed.count))
    let plan = outcome.plan
    var metrics = [
      ReportView.Metric(
        label: "applications assessed", value: ReportFormatting.integer(outcome.assessed.count),
        note: "\(outcome.estate.servers.count) servers, \(outcome.estate.rejections.count) records rejected")
    ]
    if let estimate = outcome.serverEstimate {
      metrics.append(
        ReportView.Metric(
          label: "servers with no known application",
          value: "\(ReportFormatting.integer(estimate.servers)) → \(ReportFormatting.integer(estimate.hosts))",
          note: "server-level estimate, each server's workload as one unit onto hosts; never counted as retired "
            + "(see the server-level first look)"))
    }
    for (verdict, count) in verdicts {
      metrics.append(
        ReportView.Metric(
          label: verdict.rawValue, value: ReportFormatting.integer(count),
          note: ReportFormatting.percent(Double(count), of: total) + " of applications"))
    }
    let targets = outcome.summary.targets
    metrics.append(
      ReportView.Metric(
        label: "targets",
        value: "\(ReportFormatting.integer(targets[Target.Kind.windowsContainer.rawValue] ?? 0)) / "
          + "\(ReportFormatting.integer(targets[Target.Kind.linuxContainer.rawValue] ?? 0)) / "
          + ReportFormatting.integer(targets[Target.Kind.server.rawValue] ?? 0),
        note: "Windows containers / Linux containers / stay on servers, on \(outcome.scenario.platform.rawValue)"))
    metrics.append(
      ReportView.Metric(
        label: "servers → \(targetNoun)",
        value: "\(ReportFormatting.integer(plan.consolidation.sourceServers)) → \(targetCount)",
        note: plan.hosts.isEmpty
          ? "no application moves yet: all \(outcome.estate.servers.count) servers stay"
          : "\(plan.consolidation.decommissionedServers) retired, "
            + "\(outcome.estate.servers.count - plan.consolidation.decommissionedServers) stay"
            + (plan.consolidation.targetHosts == 0
              ? "; one task per container, no hosts to pack"
              : "; no plan with these pools uses fewer than \(plan.consolidation.lowerBoundHosts) hosts, none at all "
                + "fewer than \(plan.consolidation.poolFreeLowerBoundHosts) \(plan.consolidation.poolFreeShape)")))
    let cost = plan.cost
    if outcome.basis == "servers" {
      // No application: only the server-level rows mean anything.
      return [
        metrics[1],
        ReportView.Metric(
          label: "licences today a year",
          value: ReportFormatting.moneyRange(cost.beforeLicence.low, cost.beforeLicence.high, currency: currency),
          note: "\(outcome.estate.servers.count) servers, "
            + (cost.currentBasis == "amortized" ? "amortised" : "Software Assurance cash")
            + (cost.beforeLicence.low == cost.beforeLicence.high ? "" : "; a range where editions are unknown")),
        ReportView.Metric(
          label: "estimated hosts' cost a year",
          value: ReportFormatting.money(
            (outcome.serverEstimate?.annualCompute ?? 0) + (outcome.serverEstimate?.annualLicence ?? 0),
            currency: currency),
          note: "compute and Windows licence of the estimate's hosts; today's hosting is "
            + (cost.hostingPriced ? ReportFormatting.money(cost.beforeCompute, currency: currency) : "not priced")),
      ]
    }
    metrics.append(
      ReportView.Metric(
        label: "licences a year",
        value: ReportFormatting.moneyRange(cost.afterLicence.low, cost.afterLicence.high, currency: currency),
        note: "after; "
          + ReportFormatting.moneyRange(cost.beforeLicence.low, cost.beforeLicence.high, currency: currency)
          + " today (\(cost.currentBasis == "amortized" ? "amortised" : "Software Assurance cash")), servers that stay "
          + "included"))
    metrics.append(
      ReportView.Metric(
        label: "\(targetNoun)' compute a year",
        value: ReportFormatting.money(cost.hostsCompute, currency: currency),
        note: cost.hostingPriced
          ? "hosting today \(ReportFormatting.money(cost.beforeCompute, currency: currency)) → after "
            + ReportFormatting.money(cost.afterCompute, currency: currency)
          : "on demand, without the licence; today's hosting is not priced (current.*)"))
    let effort = outcome.summary.effort
    metrics.append(
      ReportView.Metric(
        label: "container effort", value: ReportFormatting.number(effort.likely) + " days",
        note: effort.movingApplications == 0
          ? "no application moves yet"
          : "likely; \(ReportFormatting.number(effort.low))–\(ReportFormatting.number(effort.high)) person-days "
            + "with \(ReportFormatting.number(effort.platformDays)) of platform enablement (see Effort)"))
    return metrics
  }

  private func summaryText(_ verdicts: [(verdict: Verdict, count: Int)], currency: String) -> String {
    if outcome.basis == "servers", let estimate = outcome.serverEstimate {
      return "No application was delivered: the inputs describe \(ReportFormatting.integer(estimate.servers)) "
        + "servers and nothing that runs on them. This report is a server-level first look, not an assessment: "
        + "what each server runs and until when Microsoft supports it, an estimate of the hosts their workloads "
        + "would need as single units (\(ReportFormatting.integer(estimate.hosts))), today's licence baseline, "
        + "the machines to retire, and what to collect next to assess their applications."
    }
    let counts = Dictionary(uniqueKeysWithValues: verdicts.map { ($0.verdict, $0.count) })
    let movable = verdicts.filter(\.verdict.movesToContainer).reduce(0) { $0 + $1.count }
    let insufficient = counts[.insufficientData] ?? 0
    return "Of \(ReportFormatting.integer(outcome.assessed.count)) applications, \(counts[.ready] ?? 0) are ready for "
      + "containers as they are, \(counts[.minor] ?? 0) need minor and \(counts[.major] ?? 0) major changes, "
      + "and \(counts[.unsuitable] ?? 0) are unsuitable"
      + (insufficient > 0
        ? "; \(ReportFormatting.integer(insufficient)) have too little data to judge and are left out of the plan "
          + "until it is collected. "
        : ". ")
      + (movable == 0 ? noneMoves : movesText(currency: currency))
  }

  /// What the plan puts containers on: "container hosts", "Fargate tasks", or both.
  var targetNoun: String {
    let consolidation = outcome.plan.consolidation
    if consolidation.fargateTasks == 0 { return "container hosts" }
    return consolidation.targetHosts == 0 ? "Fargate tasks" : "Fargate tasks and hosts"
  }

  /// Their count as the noun reads: "13", "103", or "103 + 2".
  var targetCount: String {
    let consolidation = outcome.plan.consolidation
    if consolidation.fargateTasks == 0 { return ReportFormatting.integer(consolidation.targetHosts) }
    if consolidation.targetHosts == 0 { return ReportFormatting.integer(consolidation.fargateTasks) }
    return ReportFormatting.integer(consolidation.fargateTasks) + " + "
      + ReportFormatting.integer(consolidation.targetHosts)
  }

  /// "13 container hosts", "103 Fargate tasks", or "103 Fargate tasks and 2 container hosts".
  var targetText: String {
    let consolidation = outcome.plan.consolidation
    let hosts = "\(ReportFormatting.integer(consolidation.targetHosts)) container hosts"
    if consolidation.fargateTasks == 0 { return hosts }
    let tasks = "\(ReportFormatting.integer(consolidation.fargateTasks)) Fargate tasks"
    return consolidation.targetHosts == 0 ? tasks : tasks + " and " + hosts
  }

  private var noneMoves: String {
    "No application can move yet, so no container hosts are planned, no server is decommissioned and no "
      + "container effort is estimated."
  }

  private func movesText(currency: String) -> String {
    let plan = outcome.plan
    let targets = outcome.summary.targets
    let linux = targets[Target.Kind.linuxContainer.rawValue] ?? 0
    let placed = plan.consolidation.placedApplications
    let unplaced = plan.consolidation.unplacedApplications
    let moving = (targets[Target.Kind.windowsContainer.rawValue] ?? 0) + linux
    return "Of the \(ReportFormatting.integer(moving)) applications that move "
      + (linux > 0
        ? "(\(ReportFormatting.integer(targets[Target.Kind.windowsContainer.rawValue] ?? 0)) to Windows containers, "
          + "\(ReportFormatting.integer(linux)) to Linux containers, on \(outcome.scenario.platform.rawValue)), "
        : "(to Windows containers on \(outcome.scenario.platform.rawValue)), ")
      + "\(ReportFormatting.integer(placed)) are placed on \(targetText)"
      + (plan.consolidation.targetHosts > 0
        ? " (no plan with these pools uses fewer than \(plan.consolidation.lowerBoundHosts) hosts; even with no build, "
          + "code-page or OS constraint, at least \(plan.consolidation.poolFreeLowerBoundHosts) "
          + "\(plan.consolidation.poolFreeShape) hosts)" : "")
      + (unplaced > 0
        ? " and \(unplaced) \(unplaced == 1 ? "fits" : "fit") no \(plan.consolidation.targetHosts == 0 ? "task" : "host") "
          + "(see the planning exceptions)" : "")
      + ". \(plan.consolidation.decommissionedServers) of the \(outcome.estate.servers.count) servers can be "
      + "retired; \(outcome.estate.servers.count - plan.consolidation.decommissionedServers) stay. "
      + costText(currency: currency)
      + "Getting there takes about \(ReportFormatting.number(outcome.summary.effort.likely)) person-days "
      + "(\(ReportFormatting.number(outcome.summary.effort.low))–\(ReportFormatting.number(outcome.summary.effort.high)))"
      + ", platform enablement included."
  }

  /// The licences before and after and the new hosts' compute, in a sentence.
  private func costText(currency: String) -> String {
    let cost = outcome.plan.cost
    let change = cost.licenceChange
    let range = { (low: Double, high: Double) in ReportFormatting.moneyRange(low, high, currency: currency) }
    let licences =
      change.high <= 0
      ? "Licences cost \(range(-change.high, -change.low)) a year less"
      : change.low >= 0
        ? "Licences cost \(range(change.low, change.high)) a year more"
        : "Licences change by \(range(change.low, change.high)) a year"
    return licences
      + " (\(range(cost.beforeLicence.low, cost.beforeLicence.high)) today → \(range(cost.afterLicence.low, cost.afterLicence.high))"
      + " with the servers that stay), and the \(targetNoun)' compute costs "
      + "\(ReportFormatting.money(cost.hostsCompute, currency: currency)) a year"
      + (cost.hostingPriced
        ? " against \(ReportFormatting.money(cost.beforeCompute - cost.remainingCompute, currency: currency)) of hosting retired. "
        : "; today's hosting is not priced, so what retiring the servers saves in hosting is not counted. ")
  }

  private func verdictTable(_ verdicts: [(verdict: Verdict, count: Int)], total: Double) -> String {
    var lines = ["| Verdict | Applications | Share |", "|---|--:|--:|"]
    for (verdict, count) in verdicts {
      lines.append("| \(verdict.rawValue) | \(count) | \(ReportFormatting.percent(Double(count), of: total)) |")
    }
    lines.append("")
    lines.append("| Score band | Applications |")
    lines.append("|---|--:|")
    for (index, count) in outcome.summary.histogram.enumerated() {
      let label = index == 9 ? "90–100" : "\(index * 10)–\(index * 10 + 9)"
      lines.append("| \(label) | \(count) |")
    }
    return lines.joined(separator: "\n")
  }

  private func findingRows(_ counts: [String: Int], info: FindingCatalogue, total: Double, limit: Int)
    -> [ReportView.FindingRow]
  {
    counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map { id, count in
      let entry = info.entries[id]
      return ReportView.FindingRow(
        id: id, rule: entry?.rule ?? "", title: entry?.title ?? id, count: count,
        share: ReportFormatting.percent(Double(count), of: total), remediation: entry?.remediation ?? "",
        effortDays: ReportFormatting.compact(entry?.effortDays ?? 0), blocker: entry?.blocker ?? false)
    }
  }

  // MARK: Gaps

  private func gapRows(total: Double) -> [ReportView.GapRow] {
    gapCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { field, count in
      ReportView.GapRow(
        field: field, count: count, share: ReportFormatting.percent(Double(count), of: total),
        advice: GapAdvice.text(for: field))
    }
  }
}
