import ContainerFitModel

/// One concern of the fitness assessment. A rule is a small stateless type: static metadata the
/// report's methodology quotes verbatim, default weights and efforts per finding id, examples that
/// do and do not trigger it, and one pure `evaluate`. Add a rule by adding a file and one line in
/// `RuleRegistry.all`.
public protocol AssessmentRule: Sendable {
  /// Kebab-case identifier (`registry-state`), unique in the registry.
  static var id: String { get }
  /// A short human title (`Registry state`).
  static var title: String { get }
  /// The methodology text: whole sentences, with the sources of its facts.
  static var description: String { get }
  /// Points each finding id deducts by default; `scoring.weights` overrides them.
  static var defaultWeights: [String: Double] { get }
  /// Person-days each finding id costs by default; `scoring.effort_days` overrides them.
  static var defaultEffortDays: [String: Double] { get }
  /// A human title per finding id (`The application needs a desktop session`), shown in the report
  /// and in assessment.json's findings catalogue.
  static var findingTitles: [String: String] { get }
  /// Applications (with their servers) on which the rule raises a finding.
  static var triggeringExamples: [RuleExample] { get }
  /// Applications on which the rule raises nothing.
  static var nonTriggeringExamples: [RuleExample] { get }

  init()

  /// The findings for one application; empty when the concern does not apply.
  func evaluate(_ app: Application, in context: RuleContext) -> [Finding]

  /// Everything `evaluate` reads from `app` and `context` besides what is fixed for the run (scenario,
  /// weights, efforts, judging date), for a rule that is worth evaluating once per distinct input:
  /// the assessor then reuses the findings of an earlier application with the same key. `nil` (the
  /// default) evaluates the rule for every application.
  func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey?
}

extension AssessmentRule {
  public func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey? { nil }
}
