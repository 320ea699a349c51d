/// One thing a rule found about an application: the points it costs, the evidence behind it, what
/// the team must do about it and how long that takes. Every point deducted is traceable to one.
public struct Finding: Codable, Hashable, Sendable {
  /// The id of the rule that raised it (`registry-state`).
  public var rule: String
  /// The finding id (`registry-write`): the key of `scoring.weights` and `scoring.effort_days`.
  public var id: String
  /// Points deducted from the score of 100.
  public var points: Double
  /// Which field said what (`registry_state = write`).
  public var evidence: String
  /// What the team must do, concretely.
  public var remediation: String
  /// Estimated remediation effort in person-days.
  public var effortDays: Double
  /// True when the finding alone makes the application unsuitable.
  public var isBlocker: Bool
  /// The id's place in `RuleRegistry.findingDefaults`, −1 for an id no rule lists: what counts
  /// findings and finds their remedies per application, where hashing the id of each finding of a
  /// million applications took longer than the counting. Derived from `id`, which must not change.
  let idNumber: Int32

  public init(
    rule: String, id: String, points: Double, evidence: String, remediation: String, effortDays: Double,
    isBlocker: Bool = false
  ) {
    self.init(
      rule: rule, id: id, idNumber: RuleRegistry.findingNumber[id].map(Int32.init) ?? -1, points: points,
      evidence: evidence, remediation: remediation, effortDays: effortDays, isBlocker: isBlocker)
  }

  /// A finding whose id's number the caller has already looked up.
  init(
    rule: String, id: String, idNumber: Int32, points: Double, evidence: String, remediation: String,
    effortDays: Double, isBlocker: Bool
  ) {
    self.rule = rule
    self.id = id
    self.idNumber = idNumber
    self.points = points
    self.evidence = evidence
    self.remediation = remediation
    self.effortDays = effortDays
    self.isBlocker = isBlocker
  }

  enum CodingKeys: String, CodingKey {
    case rule, id, points, evidence, remediation, effortDays, isBlocker
  }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      rule: try values.decode(String.self, forKey: .rule), id: try values.decode(String.self, forKey: .id),
      points: try values.decode(Double.self, forKey: .points),
      evidence: try values.decode(String.self, forKey: .evidence),
      remediation: try values.decode(String.self, forKey: .remediation),
      effortDays: try values.decode(Double.self, forKey: .effortDays),
      isBlocker: try values.decode(Bool.self, forKey: .isBlocker))
  }

  /// The report order: most points first, then blockers, then by id and evidence.
  static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
    if lhs.points != rhs.points { return lhs.points > rhs.points }
    if lhs.isBlocker != rhs.isBlocker { return lhs.isBlocker }
    if lhs.id != rhs.id { return lhs.id < rhs.id }
    return lhs.evidence < rhs.evidence
  }
}
