import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun

extension ReportView {
  /// What to do, how sure the run is, and what comes next: the opening of the executive summary,
  /// every sentence made from this run's figures.
  struct Recommendation: Sendable {
    var action: String
    var certainty: String
    var nextSteps: [Note]
  }
}

extension ReportViewBuilder {
  /// Confidence at or above which an assessment counts as high-confidence.
  static let highConfidence = 0.7

  func recommendation(currency: String) -> ReportView.Recommendation? {
    guard !outcome.assessed.isEmpty else { return nil }
    return ReportView.Recommendation(
      action: actionText(currency: currency), certainty: certaintyText(currency: currency), nextSteps: nextSteps())
  }

  private func actionText(currency: String) -> String {
    let plan = outcome.plan
    let money = { (value: Double) in ReportFormatting.money(abs(value), currency: currency) }
    var windowsFirst = 0
    var windowsLater = 0
    var linux = 0
    var builds: [Int: Int] = [:]
    // Fields read in place: a copy of each application (a dozen references) costs more than the count.
    outcome.assessed.withUnsafeBufferPointer { apps in
      for index in apps.indices where outcome.isPlaced(index) {
        if apps[index].os == .linux {
          linux += 1
          continue
        }
        builds[apps[index].containerBuild, default: 0] += 1
        let verdict = apps[index].verdict
        if verdict == .ready || verdict == .minor { windowsFirst += 1 } else { windowsLater += 1 }
      }
    }
    let stay = outcome.summary.targets[Target.Kind.server.rawValue] ?? 0
    let insufficient = outcome.summary.verdicts[Verdict.insufficientData.rawValue] ?? 0
    guard windowsFirst + windowsLater + linux > 0 else {
      return "Keep the \(ReportFormatting.integer(outcome.assessed.count)) applications where they are for now: none "
        + "can move to a container as the inventory describes them"
        + (insufficient > 0
          ? "; \(ReportFormatting.integer(insufficient)) may once the missing data is collected (next steps)." : ".")
    }
    let build = builds.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    let release = build.flatMap(WindowsRelease.release(ofBuild:))?.name ?? "their build's"
    var parts: [String] = []
    if windowsFirst > 0 {
      parts.append(
        "Containerise the \(Self.counted(windowsFirst, "ready or minor Windows application")) first, on "
          + "\(outcome.scenario.platform.rawValue) with \(release) hosts"
          + (windowsLater > 0
            ? ", then the \(ReportFormatting.integer(windowsLater)) that \(windowsLater == 1 ? "needs" : "need") major changes"
            : ""))
    } else if windowsLater > 0 {
      parts.append(
        "Containerise the \(Self.counted(windowsLater, "Windows application")) that \(windowsLater == 1 ? "needs" : "need") "
          + "major changes, on "
          + "\(outcome.scenario.platform.rawValue) with \(release) hosts, once their remediation is done")
    }
    if linux > 0 {
      parts.append("move \(Self.counted(linux, "cross-platform application")) to Linux containers")
    }
    parts.append("keep \(ReportFormatting.integer(stay)) on servers")
    let change = plan.cost.licenceChange
    let compute = plan.cost.hostsCompute
    let retired = plan.consolidation.decommissionedServers
    var effects: [String] = []
    effects.append(
      "it retires \(ReportFormatting.integer(retired)) of \(ReportFormatting.integer(outcome.estate.servers.count)) servers"
    )
    effects.append(
      "the \(targetNoun) cost \(ReportFormatting.money(compute, currency: currency)) a year in compute"
        + (plan.cost.hostingPriced
          ? " against \(ReportFormatting.money(plan.cost.beforeCompute - plan.cost.remainingCompute, currency: currency)) of hosting retired"
          : " (today's hosting is not priced, so none is counted as saved)"))
    if change.high <= 0 {
      effects.append("licences cost \(moneyRange(-change.high, -change.low, currency)) a year less")
    } else if change.low >= 0 {
      effects.append("licences cost \(moneyRange(change.low, change.high, currency)) a year more")
    } else {
      effects.append("licences change by −\(money(change.low)) to +\(money(change.high)) a year")
    }
    return parts.joined(separator: "; ").prefix(1).uppercased() + parts.joined(separator: "; ").dropFirst() + ": "
      + effects.joined(separator: ", ") + "."
  }

  private func moneyRange(_ low: Double, _ high: Double, _ currency: String) -> String {
    ReportFormatting.moneyRange(low, high, currency: currency)
  }

  private func certaintyText(currency: String) -> String {
    let total = outcome.assessed.count
    let sure = outcome.assessed.count { $0.confidence >= Self.highConfidence }
    var parts = [
      "\(ReportFormatting.percent(Double(sure), of: Double(total))) of the applications are assessed with high "
        + "confidence (\(ReportFormatting.compact(Self.highConfidence)) or more: most fields known)"
    ]
    let sensitivity = outcome.plan.sensitivity
    if outcome.plan.consolidation.targetHosts + outcome.plan.consolidation.fargateTasks > 0 {
      let hostsCost = outcome.plan.cost.hostsCompute + outcome.plan.cost.hostsLicence
      let swing = max(abs(sensitivity.more.annualCost - hostsCost), abs(sensitivity.less.annualCost - hostsCost))
      parts.append(
        "demand 20% off moves the annual cost by up to \(ReportFormatting.money(swing, currency: currency))")
    }
    let cost = outcome.plan.cost
    let editions = cost.beforeLicence.high - cost.beforeLicence.low
    if editions > 0.5 {
      parts.append(
        "unknown Windows editions move today's licences by up to \(ReportFormatting.money(editions, currency: currency))"
      )
    }
    if !cost.hostingPriced {
      parts.append("today's hosting is not priced, which understates what retiring servers saves")
    }
    return "How sure: " + parts.joined(separator: "; ") + " (the assumptions register lists the rest)."
  }

  private func nextSteps() -> [ReportView.Note] {
    var steps: [String] = []
    let gaps = outcome.summary.verdicts[Verdict.insufficientData.rawValue] ?? 0
    let top = gapCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3)
    if !top.isEmpty {
      steps.append(
        "Collect \(top.map { "\($0.key) (\(Self.counted($0.value, "application")))" }.joined(separator: ", "))"
          + (gaps > 0
            ? ": \(Self.counted(gaps, "application")) \(gaps == 1 ? "waits" : "wait") for data before "
              + "\(gaps == 1 ? "it is" : "they are") planned." : "."))
    }
    let pilot = outcome.waves.waves.first
    if let pilot, pilot.applications > 0 {
      steps.append(
        "Start with wave \(pilot.number)\(pilot.reason == "pilot" ? ", the pilot" : ""): "
          + "\(Self.counted(pilot.applications, "application")), \(ReportFormatting.number(pilot.effortDays)) "
          + "person-days (waves.csv; containerfit blueprint RUN --wave \(pilot.number) writes their blueprints).")
    }
    if let estimate = outcome.serverEstimate {
      steps.append(
        "Run the per-server collection on the \(ReportFormatting.integer(estimate.servers)) servers with no known "
          + "application (see the server-level first look).")
    }
    let hypervBlocked = outcome.summary.blockerCounts["hyperv-platform-unavailable"] ?? 0
    if hypervBlocked > 0 {
      steps.append(
        "Decide whether to run self-managed Hyper-V hosts: \(Self.counted(hypervBlocked, "application")) "
          + "\(hypervBlocked == 1 ? "needs" : "need") Hyper-V isolation, which \(outcome.scenario.platform.rawValue) "
          + "does not run.")
    }
    if !outcome.plan.cost.hostingPriced {
      steps.append(
        "Give today's hosting cost (current.vm_cost_per_vcpu_year, current.physical_server_year) to compare it "
          + "with the new hosts' compute.")
    }
    let unknownEditions = outcome.estate.servers.count { $0.licenseEdition == nil && $0.platform != .cloud }
    if unknownEditions > 0 {
      steps.append(
        "Confirm the Windows Server edition of \(Self.counted(unknownEditions, "server")) (Standard or "
          + "Datacenter): it sets today's licence cost.")
    }
    return steps.map(ReportView.Note.init)
  }
}
