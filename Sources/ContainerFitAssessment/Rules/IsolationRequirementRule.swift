import ContainerFitModel

/// Isolation the scenario cannot give: a requirement is never dropped silently.
public struct IsolationRequirementRule: AssessmentRule {
  public static let id = "isolation-requirement"
  public static let title = "Isolation the scenario cannot give"
  public static let description = """
    An application that must run Hyper-V isolated (`isolation_required = hyperv`) cannot be placed \
    process-isolated because a scenario (or a what-if) asks for process isolation: that would drop the \
    reason it needs its own kernel. It is a blocker that says what would change it \
    (targets-and-economics.md §1). ECS and Kubernetes do \
    not run Hyper-V-isolated containers; Hyper-V isolation on AWS needs bare-metal or nested-virtualisation \
    hosts (facts.md, 2026-12 update; nested M8i unverified).
    """
  public static let defaultWeights: [String: Double] = [
    "hyperv-isolation-required": 50
  ]
  public static let defaultEffortDays: [String: Double] = [
    "hyperv-isolation-required": 0
  ]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "hyperv-isolation-required": "The application must run Hyper-V isolated, which the scenario does not allow"
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.isolationRequired = .hyperv }, scenario: processOnly)
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.isolationRequired = .hyperv }),
      RuleExample(RuleExample.clean, scenario: processOnly),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    // A code-page-sensitive app that must be Hyper-V isolated is the code-page rule's blocker.
    guard context.placement.isolation == .process, app.isolationRequired == .hyperv, app.codePageSensitive != true
    else { return [] }
    return [
      context.finding(
        Self.id, "hyperv-isolation-required",
        evidence: "isolation_required = hyperv; \(context.placement.isolationReason)",
        remediation: "Keep the application on its server, or plan it on hosts that run Hyper-V-isolated "
          + "containers (self-managed Windows hosts on bare metal, or nested virtualisation on M8i: unverified); "
          + "ECS and Kubernetes do not run Hyper-V isolation.",
        blocker: true)
    ]
  }
}

extension IsolationRequirementRule {
  fileprivate static var processOnly: Scenario {
    var scenario = Scenario()
    scenario.isolation = .process
    return scenario
  }
}
