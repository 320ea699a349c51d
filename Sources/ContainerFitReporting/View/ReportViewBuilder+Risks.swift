import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun

extension ReportView {
  /// One thing that could change the answer: what it is, what it would do, what would settle it.
  struct Risk: Sendable {
    var risk, effect, settle: String
  }
}

extension ReportViewBuilder {
  /// The risks and deadlines of this run, each from its own figures: support deadlines inside the
  /// migration horizon, Hyper-V the platform cannot run, unverified facts, data gaps that touch
  /// blockers, code pages, and time zones across sites.
  func risks() -> [ReportView.Risk] {
    var risks: [ReportView.Risk] = []
    let today = String(outcome.context.createdAtISO8601.prefix(10))
    let horizon = ContainerBuildChooser.date(today, plusMonths: outcome.scenario.migration.horizonMonths)
    var byRelease: [String: (name: String, count: Int)] = [:]
    for server in outcome.estate.servers where !server.isPlaceholder {
      guard let build = server.effectiveBuild, let release = WindowsRelease.release(ofBuild: build),
        let end = release.extendedEnd, end <= horizon
      else { continue }
      byRelease[end, default: (release.name, 0)].count += 1
    }
    for (end, entry) in byRelease.sorted(by: { $0.key < $1.key }) {
      risks.append(
        ReportView.Risk(
          risk:
            "\(Self.counted(entry.count, "server")) \(entry.count == 1 ? "runs" : "run") \(entry.name), whose support "
            + (end < today ? "ended \(end)" : "ends \(end) (\(Self.timeUntil(end, from: today)))"),
          effect: "No security fixes after that date without paid Extended Security Updates; their applications "
            + "should move, or the servers be upgraded, first.",
          settle: "Put these servers in the first waves, or budget Extended Security Updates for them."))
    }
    let hypervBlocked = outcome.summary.blockerCounts["hyperv-platform-unavailable"] ?? 0
    if hypervBlocked > 0 {
      risks.append(
        ReportView.Risk(
          risk:
            "\(Self.counted(hypervBlocked, "application")) \(hypervBlocked == 1 ? "needs" : "need") Hyper-V isolation, which "
            + "\(outcome.scenario.platform.rawValue) does not run",
          effect: "They stay on their servers, and those servers are not retired.",
          settle: "Run them on self-managed Hyper-V-capable hosts (bare metal or nested virtualisation), or confirm "
            + "with their owners that process isolation is acceptable."))
    }
    let unverified = assumptions.filter {
      $0.source.localizedCaseInsensitiveContains("unverified") || $0.text.localizedCaseInsensitiveContains("unverified")
    }
    if !unverified.isEmpty {
      risks.append(
        ReportView.Risk(
          risk: "\(Self.counted(unverified.count, "figure")) rest on unverified facts: "
            + unverified.map(\.id).joined(separator: ", "),
          effect: "Costs or placements that use them may move when they are checked.",
          settle: "Check each against the vendor's current terms (the assumptions register names the source)."))
    }
    // Fields whose absence can hide a blocker.
    let blockerFields: Set<String> = ["gui", "dependencies", "isolation_required", "kind"]
    var hidden = 0
    var codePageApps = 0
    var codePages = Set<Int>()
    // Fields read in place: a copy of each application (a dozen references) costs more than the count.
    outcome.assessed.withUnsafeBufferPointer { apps in
      for index in apps.indices {
        let moves = apps[index].verdict.movesToContainer
        if moves, apps[index].dataGaps.contains(where: blockerFields.contains) { hidden += 1 }
        if let page = apps[index].codePage {
          codePages.insert(page)
          if moves { codePageApps += 1 }
        }
      }
    }
    if hidden > 0 {
      risks.append(
        ReportView.Risk(
          risk:
            "\(Self.counted(hidden, "application")) that \(hidden == 1 ? "moves lacks" : "move lack") a field that can hold a blocker "
            + "(\(blockerFields.sorted().joined(separator: ", ")))",
          effect: "Once collected, some may turn out to need a server after all, and their servers stay.",
          settle: "Collect these fields first (data gaps); they are scored best-case until then."))
    }
    if codePageApps > 0 {
      let pages = codePages.sorted().map(String.init).joined(separator: ", ")
      risks.append(
        ReportView.Risk(
          risk:
            "\(Self.counted(codePageApps, "application")) \(codePageApps == 1 ? "depends" : "depend") on the system code page (\(pages))",
          effect: "They need process isolation on hosts of that code page (Hyper-V isolation forces UTF-8), in "
            + "pools of their own.",
          settle: "Test them with UTF-8, or keep host images per code page."))
    }
    let sites = Set(outcome.estate.servers.compactMap { $0.site?.split(separator: "/").first.map(String.init) })
    if sites.count > 1 {
      risks.append(
        ReportView.Risk(
          risk: "Servers in \(sites.count) sites (\(sites.sorted().prefix(4).joined(separator: ", "))"
            + (sites.count > 4 ? ", …" : "") + ") may run in different time zones; the inventory does not say",
          effect: "A container takes its host's time zone: applications that use local time may shift when they "
            + "move to shared hosts.",
          settle: "Record each application's time zone, and set it in the container (TZ or the image) where needed."))
    }
    return risks
  }

  /// "1 server", "3 servers".
  static func counted(_ count: Int, _ noun: String) -> String {
    "\(ReportFormatting.integer(count)) \(noun)\(count == 1 ? "" : "s")"
  }
}
