import ContainerFitModel
import Dispatch

/// Scores applications for Windows-container fitness: decides each one's placement, runs every
/// rule of `RuleRegistry.all`, and turns the findings into a score, a verdict and a confidence.
/// Pure and thread-safe; an estate is scored in parallel over all cores, in estate order.
public struct Assessor: Sendable {
  public let scenario: Scenario
  /// Points per finding id in force: rule defaults overridden by `scoring.weights`.
  public let weights: [String: Double]
  /// Person-days per finding id in force: rule defaults overridden by `scoring.effort_days`.
  public let effortDays: [String: Double]
  /// ISO date on which base-image support status is judged.
  public let asOf: String
  private let rules: [any AssessmentRule]
  /// The scenario, tables and date every rule context shares.
  private let settings: RuleContext.Settings

  /// An assessor for `scenario`; throws `ScoringError` naming the key of an unknown finding id or a
  /// bad weight, effort or band. `asOf` fixes the date support status is judged on.
  public init(scenario: Scenario, asOf: String = Facts.supportStatusDate.value) throws {
    try RuleRegistry.validate(scenario.scoring)
    self.scenario = scenario
    self.weights = RuleRegistry.defaultWeights.merging(scenario.scoring.weights) { _, override in override }
    self.effortDays = RuleRegistry.defaultEffortDays.merging(scenario.scoring.effortDays) { _, override in override }
    self.asOf = asOf
    self.rules = RuleRegistry.all.map { $0.init() }
    self.settings = RuleContext.Settings(
      scenario: scenario, weights: weights, effortDays: effortDays, asOf: asOf)
  }

  /// Every application of `estate`, in estate order, joined to its server by `serverId` (a missing
  /// server stands in as an empty placeholder). Runs on all cores.
  public func assess(_ estate: Estate) -> [AssessedApplication] {
    // Each server's build is derived once (from its OS name when no build is given), not per app.
    let servers = estate.serverIndex().mapValues { (server: $0, build: $0.effectiveBuild) }
    let apps = estate.applications
    let count = apps.count
    guard count > 0 else { return [] }
    // Chunks a few times the core count keep cores busy when some chunks run slower.
    let chunkSize = Swift.max(256, count / 64)
    let chunks = (count + chunkSize - 1) / chunkSize
    let pool = WorkerStatePool(ruleCount: rules.count)
    return [AssessedApplication](unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = Slots(base: buffer.baseAddress)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let start = chunk * chunkSize
        let end = Swift.min(count, start + chunkSize)
        var worker = pool.take()
        defer { pool.putBack(worker) }
        // Applications of one server usually come together: its lookup is reused while they do.
        var last: (id: String, server: Server, build: Int?)?
        for index in start..<end {
          let app = apps[index]
          let assessed: AssessedApplication
          if let known = last, known.id == app.serverId {
            assessed = assess(app, server: known.server, serverBuild: known.build, worker: &worker)
          } else if let known = servers[app.serverId] {
            last = (app.serverId, known.server, known.build)
            assessed = assess(app, server: known.server, serverBuild: known.build, worker: &worker)
          } else {
            let placeholder = Server(id: app.serverId, isPlaceholder: true)
            assessed = assess(app, server: placeholder, serverBuild: nil, worker: &worker)
          }
          slots.write(assessed, at: index)
        }
      }
      initialized = count
    }
  }

  /// One application on its server.
  public func assess(_ app: Application, server: Server) -> AssessedApplication {
    var worker = WorkerState(ruleCount: rules.count)
    return assess(app, server: server, serverBuild: server.effectiveBuild, worker: &worker)
  }

  func assess(
    _ app: Application, server: Server, serverBuild: Int?, worker: inout WorkerState
  ) -> AssessedApplication {
    let (placement, runtime) = worker.placements.placement(for: app, serverBuild: serverBuild, scenario: scenario)
    let missing = ConfidenceEstimator.missingAssessedFields(app, serverBuild: serverBuild)
    let context = RuleContext(
      server: server, serverBuild: serverBuild, placement: placement, settings: settings, missingFields: missing,
      runtime: runtime)
    var scratch = worker.scratch
    worker.scratch = []
    scratch.removeAll(keepingCapacity: true)
    for (index, rule) in rules.enumerated() {
      if let key = rule.memoKey(app, in: context) {
        scratch += worker.findings.findings(rule: index, key: key) { rule.evaluate(app, in: context) }
      } else {
        scratch += rule.evaluate(app, in: context)
      }
    }
    scratch.sortInReportOrder()
    let findings = scratch.exactCopy()
    worker.scratch = scratch
    let points = findings.reduce(0) { $0 + $1.points }
    let score = Swift.max(0, 100 - points)
    let hasBlocker = findings.contains(where: \.isBlocker)
    return AssessedApplication(
      application: app, score: score,
      verdict: Verdict(score: score, hasBlocker: hasBlocker, bands: scenario.scoring.bands),
      confidence: ConfidenceEstimator.confidence(missingCount: missing.count), findings: findings,
      placement: placement, codePage: app.codePageSensitive == true ? server.ansiCodePage : nil,
      dataGaps: ConfidenceEstimator.dataGaps(app, on: server, missing: missing))
  }
}

extension Assessor {
  /// The uninitialised result buffer, shared by the workers: each index is written exactly once, by
  /// the one worker whose chunk holds it, so no two writes touch the same slot.
  fileprivate struct Slots: @unchecked Sendable {
    let base: UnsafeMutablePointer<AssessedApplication>?

    func write(_ value: AssessedApplication, at index: Int) {
      base?.advanced(by: index).initialize(to: value)
    }
  }
}
