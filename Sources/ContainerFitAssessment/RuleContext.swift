import ContainerFitModel

/// What a rule may look at besides the application: its server, the scenario, the weights and
/// efforts in force (scenario overrides over defaults) and the placement already decided, so rules
/// about kernel versions and code pages can reason about the chosen build and isolation.
public struct RuleContext: Sendable {
  public var server: Server
  /// The server's build to reason with (`Server.effectiveBuild`), derived once per server.
  public var serverBuild: Int?
  public var scenario: Scenario
  public var placement: Placement
  /// Points per finding id in force.
  public var weights: [String: Double]
  /// Person-days per finding id in force.
  public var effortDays: [String: Double]
  /// ISO date (`YYYY-MM-DD`) on which support status is judged.
  public var asOf: String
  /// The assessed fields the application (or its server) lacks, by gap name (`ConfidenceEstimator`).
  public var missingFields: [String]
  /// The application's runtime, parsed once.
  public var runtime: Runtime?

  public init(
    server: Server, scenario: Scenario, placement: Placement, weights: [String: Double],
    effortDays: [String: Double], asOf: String, missingFields: [String] = [], runtime: Runtime? = nil
  ) {
    self.init(
      server: server, serverBuild: server.effectiveBuild, scenario: scenario, placement: placement, weights: weights,
      effortDays: effortDays, asOf: asOf, missingFields: missingFields, runtime: runtime)
  }

  /// A context whose server build is already known.
  init(
    server: Server, serverBuild: Int?, scenario: Scenario, placement: Placement, weights: [String: Double],
    effortDays: [String: Double], asOf: String, missingFields: [String], runtime: Runtime?
  ) {
    self.server = server
    self.serverBuild = serverBuild
    self.scenario = scenario
    self.placement = placement
    self.weights = weights
    self.effortDays = effortDays
    self.asOf = asOf
    self.missingFields = missingFields
    self.runtime = runtime
  }

  /// A finding of `rule` with the weight and effort in force for `id`; `count` scales both (a
  /// finding raised once per missing field, say).
  public func finding(
    _ rule: String, _ id: String, evidence: String, remediation: String, blocker: Bool = false, count: Int = 1
  ) -> Finding {
    Finding(
      rule: rule, id: id, points: (weights[id] ?? 0) * Double(count), evidence: evidence, remediation: remediation,
      effortDays: (effortDays[id] ?? 0) * Double(count), isBlocker: blocker)
  }
}
