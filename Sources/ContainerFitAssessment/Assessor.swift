import ContainerFitConcurrency
import ContainerFitModel

/// Scores applications for Windows-container fitness: decides each one's placement, runs every
/// rule of `RuleRegistry.all`, and turns the findings into a score, a verdict and a confidence.
/// Pure and thread-safe; an estate is scored in parallel over all cores, in estate order.
public struct Assessor: Sendable {
  /// The scenario, tables and date, held once and shared by every rule context.
  private let settings: RuleContext.Settings
  private let rules: [any AssessmentRule]
  private let serverReasons: Target.ServerReasons

  public var scenario: Scenario { settings.scenario }
  /// Points per finding id in force: rule defaults overridden by `scoring.weights`.
  public var weights: [String: Double] { settings.weights }
  /// Person-days per finding id in force: rule defaults overridden by `scoring.effort_days`.
  public var effortDays: [String: Double] { settings.effortDays }
  /// ISO date on which base-image support status is judged.
  public var asOf: String { settings.asOf }

  /// An assessor for `scenario`; throws `ScoringError` naming the key of an unknown finding id or a
  /// bad weight, effort or band. `asOf` fixes the date support status is judged on.
  public init(scenario: Scenario, asOf: String = Facts.supportStatusDate.value) throws {
    try RuleRegistry.validate(scenario.scoring)
    self.settings = RuleContext.Settings(
      scenario: scenario,
      weights: RuleRegistry.defaultWeights.merging(scenario.scoring.weights) { _, override in override },
      effortDays: RuleRegistry.defaultEffortDays.merging(scenario.scoring.effortDays) { _, override in override },
      asOf: asOf)
    self.rules = RuleRegistry.all.map { $0.init() }
    self.serverReasons = Target.ServerReasons(scenario: scenario)
  }

  /// Every application of `estate`, in estate order, on the server the estate joined it to. Runs on
  /// all cores. The estate is left as it was: its list of applications is copied first (as one
  /// array), then assessed as `assess(takingApplicationsOf:)` does.
  public func assess(_ estate: Estate) -> [AssessedApplication] {
    var copy = estate
    return assess(takingApplicationsOf: &copy)
  }

  /// The same, each application moved out of `estate` into its assessment rather than copied (the
  /// estate keeps its servers and the join, and no list of applications): for a run that drops
  /// the estate's applications once they are assessed.
  public func assess(takingApplicationsOf estate: inout Estate) -> [AssessedApplication] {
    // Each server's build is derived once (from its OS name when no build is given), not per app.
    let builds = estate.servers.map(\.effectiveBuild)
    let pool = WorkerStatePool(ruleCount: rules.count)
    var applications = estate.takeApplications()
    let (servers, serverIndices) = (estate.servers, estate.serverIndices)
    return applications.concurrentlyMaking(placeholder: { Application(id: "", name: "", serverId: "") }) {
      range, take, put in
      var worker = pool.take()
      defer { pool.putBack(worker) }
      for index in range {
        let server = serverIndices[index]
        put(index, assess(take(index), server: servers[server], serverBuild: builds[server], worker: &worker))
      }
    }
  }

  /// One application on its server.
  public func assess(_ app: Application, server: Server) -> AssessedApplication {
    var worker = WorkerState(ruleCount: rules.count)
    return assess(app, server: server, serverBuild: server.effectiveBuild, worker: &worker)
  }

  /// Takes `app` and `server` over: the copies read out of the estate are moved into the assessed
  /// application and the rule context, not copied a second time (every string retained again) and
  /// dropped.
  func assess(
    _ app: consuming Application, server: consuming Server, serverBuild: Int?, worker: inout WorkerState
  ) -> AssessedApplication {
    let (placement, runtime) = worker.placements.placement(
      for: app, serverBuild: serverBuild, scenario: scenario, horizonEnd: settings.horizonEnd)
    let missing = ConfidenceEstimator.missingAssessedFields(app, serverBuild: serverBuild)
    let roles = ServerRole.roles(of: app, runtime: runtime)
    let context = RuleContext(
      server: server, serverBuild: serverBuild, placement: placement, settings: settings, missingFields: missing,
      runtime: runtime, serverRoles: roles)
    var scratch = worker.scratch
    worker.scratch = []
    scratch.removeAll(keepingCapacity: true)
    // Each rule called where it is held: a copy of it per application, or a closure capturing the
    // context, went through the runtime's value witnesses for every rule of every application.
    for index in rules.indices {
      guard let key = rules[index].memoKey(app, in: context) else {
        scratch += rules[index].evaluate(app, in: context)
        continue
      }
      if let known = worker.findings.findings(rule: index, key: key) {
        scratch += known
      } else {
        let found = rules[index].evaluate(app, in: context)
        worker.findings.keep(found, rule: index, key: key)
        scratch += found
      }
    }
    scratch.sortInReportOrder()
    scratch.countingEachRemedyOnce()
    let findings = worker.findingLists.shared(scratch)
    worker.scratch = scratch
    let points = findings.reduce(0) { $0 + $1.points }
    let score = Swift.max(0, 100 - points)
    let hasBlocker = findings.contains(where: \.isBlocker)
    let confidence = ConfidenceEstimator.confidence(missingCount: missing.count)
    let verdict = Verdict(score: score, hasBlocker: hasBlocker, confidence: confidence, scoring: scenario.scoring)
    let codePage = app.codePageSensitive == true ? context.server.ansiCodePage : nil
    let dataGaps = ConfidenceEstimator.dataGaps(app, on: context.server, missing: missing)
    return AssessedApplication(
      application: app, score: score, verdict: verdict, confidence: confidence, findings: findings,
      effortDays: Self.effortDays(verdict: verdict, findings: findings, baselineDays: scenario.effort.baselineDays),
      placement: placement, codePage: codePage, dataGaps: dataGaps,
      target: Target.decide(
        verdict: verdict, findings: findings, placement: placement, scenario: scenario, reasons: serverReasons))
  }

  /// Container effort of one application (targets-and-economics.md §7): for an application that
  /// moves, the baseline plus its remedies (each counted once); for one that does not, nothing.
  static func effortDays(verdict: Verdict, findings: [Finding], baselineDays: Double) -> Double {
    guard verdict.movesToContainer else { return 0 }
    return findings.reduce(baselineDays) { $0 + $1.effortDays }
  }
}
