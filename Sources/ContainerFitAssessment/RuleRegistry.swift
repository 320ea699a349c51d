import ContainerFitModel

/// The rule set: one hand-written list, sorted by id. Adding a rule is adding its file and one line.
public enum RuleRegistry {
  /// Every rule, sorted by id.
  public static let all: [any AssessmentRule.Type] = [
    AppKindRule.self,
    CodePageRule.self,
    DataGapRule.self,
    DatabaseEngineRule.self,
    DependencyRule.self,
    DFSNamespaceRule.self,
    FileServerRule.self,
    GUIRule.self,
    ImageSizeRule.self,
    InMemoryStateRule.self,
    IsolationRequirementRule.self,
    KernelVersionRule.self,
    LocalStateRule.self,
    LoggingRule.self,
    PlatformCapabilityRule.self,
    PrintServerRule.self,
    RegistryStateRule.self,
    RuntimeRule.self,
  ]

  /// One finding id a rule may raise, with its defaults: what docs list and scenarios may override.
  public struct FindingDefault: Hashable, Sendable {
    public var rule: String
    public var id: String
    public var weight: Double
    public var effortDays: Double
  }

  /// Every finding id of every rule with its default weight and effort, sorted by rule then id.
  public static let findingDefaults: [FindingDefault] = all.flatMap { rule in
    rule.defaultWeights.keys.sorted().map { id in
      FindingDefault(
        rule: rule.id, id: id, weight: rule.defaultWeights[id] ?? 0, effortDays: rule.defaultEffortDays[id] ?? 0)
    }
  }

  /// The place of each finding id in `findingDefaults` (`Finding.idNumber`).
  static let findingNumber: [String: Int] = Dictionary(
    findingDefaults.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The rule of a finding id, by id.
  public static let ruleOfFinding: [String: String] = Dictionary(
    findingDefaults.map { ($0.id, $0.rule) }, uniquingKeysWith: { first, _ in first })

  /// Default points per finding id.
  public static var defaultWeights: [String: Double] {
    Dictionary(findingDefaults.map { ($0.id, $0.weight) }, uniquingKeysWith: { first, _ in first })
  }

  /// Default person-days per finding id.
  public static var defaultEffortDays: [String: Double] {
    Dictionary(findingDefaults.map { ($0.id, $0.effortDays) }, uniquingKeysWith: { first, _ in first })
  }

  /// Rejects a scoring section naming a finding id no rule raises, naming the key
  /// (`scoring.weights.registry-wrte`); also rejects values and bands out of range
  /// (`ScoringSettings.firstBadValue`, the check the scenario loader makes too).
  public static func validate(_ scoring: Scenario.ScoringSettings) throws {
    for key in scoring.weights.keys.sorted() where ruleOfFinding[key] == nil {
      throw ScoringError.unknownFindingId(key: "scoring.weights.\(key)", id: key)
    }
    for key in scoring.effortDays.keys.sorted() where ruleOfFinding[key] == nil {
      throw ScoringError.unknownFindingId(key: "scoring.effort_days.\(key)", id: key)
    }
    if let (key, detail) = scoring.firstBadValue() { throw ScoringError.badValue(key: key, detail: detail) }
  }
}
