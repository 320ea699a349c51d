import ContainerFitModel

/// What a rule may look at besides the application: its server, the scenario, the weights and
/// efforts in force (scenario overrides over defaults) and the placement already decided, so rules
/// about kernel versions and code pages can reason about the chosen build and isolation.
public struct RuleContext: Sendable {
  /// What stays the same for a whole run, held once: a context is made for every application, and
  /// copying the scenario and both tables into each retained a few dozen shared objects per
  /// application, contended between the cores scoring side by side.
  final class Settings: Sendable {
    let scenario: Scenario
    let weights: [String: Double]
    let effortDays: [String: Double]
    let asOf: String
    /// The ISO date a chosen base image's support should outlast (`migration.horizon_months` on).
    let horizonEnd: String
    /// `weights` and `effortDays` by `Finding.idNumber`.
    let weightByNumber: [Double]
    let effortByNumber: [Double]

    init(scenario: Scenario, weights: [String: Double], effortDays: [String: Double], asOf: String) {
      self.scenario = scenario
      self.horizonEnd = Placement.horizonEnd(scenario: scenario, asOf: asOf)
      self.weights = weights
      self.effortDays = effortDays
      self.asOf = asOf
      self.weightByNumber = RuleRegistry.findingDefaults.map { weights[$0.id] ?? 0 }
      self.effortByNumber = RuleRegistry.findingDefaults.map { effortDays[$0.id] ?? 0 }
    }
  }

  public var server: Server
  /// The server's build to reason with (`Server.effectiveBuild`), derived once per server.
  public var serverBuild: Int?
  public var placement: Placement
  /// The assessed fields the application (or its server) lacks, by gap name (`ConfidenceEstimator`).
  public var missingFields: [String]
  /// The application's runtime, parsed once.
  public var runtime: Runtime?
  /// The server roles the application is (`ServerRole.roles(of:runtime:)`), each with its evidence,
  /// decided once for the role rules and the dependency rule.
  public var serverRoles: [ServerRole: String]
  private let settings: Settings

  public var scenario: Scenario { settings.scenario }
  /// Points per finding id in force.
  public var weights: [String: Double] { settings.weights }
  /// Person-days per finding id in force.
  public var effortDays: [String: Double] { settings.effortDays }
  /// ISO date (`YYYY-MM-DD`) on which support status is judged.
  public var asOf: String { settings.asOf }

  public init(
    server: Server, scenario: Scenario, placement: Placement, weights: [String: Double],
    effortDays: [String: Double], asOf: String, missingFields: [String] = [], runtime: Runtime? = nil,
    serverRoles: [ServerRole: String] = [:]
  ) {
    self.init(
      server: server, serverBuild: server.effectiveBuild, placement: placement,
      settings: Settings(scenario: scenario, weights: weights, effortDays: effortDays, asOf: asOf),
      missingFields: missingFields, runtime: runtime, serverRoles: serverRoles)
  }

  /// A context whose server build is already known, sharing the run's settings.
  init(
    server: consuming Server, serverBuild: Int?, placement: Placement, settings: Settings, missingFields: [String],
    runtime: Runtime?, serverRoles: [ServerRole: String]
  ) {
    self.server = server
    self.serverBuild = serverBuild
    self.placement = placement
    self.settings = settings
    self.missingFields = missingFields
    self.runtime = runtime
    self.serverRoles = serverRoles
  }

  /// A finding of `rule` with the weight and effort in force for `id`; `count` scales both (a
  /// finding raised once per missing field, say).
  public func finding(
    _ rule: String, _ id: String, evidence: String, remediation: String, blocker: Bool = false, count: Int = 1
  ) -> Finding {
    // The id looked up once, then the weight and effort in force by its number (by the id for one
    // no rule lists).
    let (number, weight, effort) =
      if let number = RuleRegistry.findingNumber[id] {
        (Int32(number), settings.weightByNumber[number], settings.effortByNumber[number])
      } else {
        (Int32(-1), weights[id] ?? 0, effortDays[id] ?? 0)
      }
    return Finding(
      rule: rule, id: id, idNumber: number, points: weight * Double(count), evidence: evidence,
      remediation: remediation, effortDays: effort * Double(count), isBlocker: blocker)
  }
}
