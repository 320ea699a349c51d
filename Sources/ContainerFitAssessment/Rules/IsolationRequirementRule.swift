import ContainerFitModel

/// Isolation the scenario cannot give: a requirement is never dropped silently, and a Hyper-V
/// container is never placed on a platform that cannot run it.
public struct IsolationRequirementRule: AssessmentRule {
  public static let id = "isolation-requirement"
  public static let title = "Isolation the scenario cannot give"
  public static let description = """
    An application that must run Hyper-V isolated (`isolation_required = hyperv`) cannot be placed \
    process-isolated because a scenario (or a what-if) asks for process isolation: that would drop the \
    reason it needs its own kernel. And a container placed Hyper-V isolated (by its requirement or the \
    scenario's `isolation: hyperv`) cannot run on a platform without Hyper-V isolation: ECS sets no \
    isolation on Windows tasks and Kubernetes does not support Hyper-V isolation, so on `ecs-ec2`, \
    `ecs-fargate`, `eks` and `aks` it stays on its server. Both are blockers that say what would change \
    them (targets-and-economics.md §1): Hyper-V isolation needs `self-managed` or `on-prem` hosts, on AWS \
    bare metal or nested virtualisation (facts.md, 2026-12 update; nested M8i unverified).
    """
  public static let defaultWeights: [String: Double] = [
    "hyperv-isolation-required": 50, "hyperv-platform-unavailable": 50,
  ]
  public static let defaultEffortDays: [String: Double] = [
    "hyperv-isolation-required": 0, "hyperv-platform-unavailable": 0,
  ]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "hyperv-isolation-required": "The application must run Hyper-V isolated, which the scenario does not allow",
    "hyperv-platform-unavailable": "The platform runs no Hyper-V-isolated containers",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.isolationRequired = .hyperv }, scenario: processOnly),
      RuleExample(RuleExample.clean { $0.isolationRequired = .hyperv }),
      RuleExample(RuleExample.clean, scenario: hypervOnly(.eks)),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.isolationRequired = .hyperv }, scenario: hypervOnly(.selfManaged)),
      RuleExample(RuleExample.clean, scenario: processOnly),
      RuleExample(RuleExample.clean, scenario: hypervOnly(.onPrem)),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    // A code-page-sensitive app that must be Hyper-V isolated is the code-page rule's blocker.
    guard context.placement.os == .windows, app.codePageSensitive != true else { return [] }
    let platform = context.scenario.platform
    if context.placement.isolation == .hyperv, !platform.runsHypervIsolation {
      return [
        context.finding(
          Self.id, "hyperv-platform-unavailable",
          evidence: "\(context.placement.isolationReason); platform = \(platform.rawValue) runs no Hyper-V-isolated "
            + "containers",
          remediation: "Keep the application on its server, or plan it on platform self-managed or on-prem with "
            + "hosts that run Hyper-V isolation (bare metal, or nested virtualisation on M8i: unverified).",
          blocker: true)
      ]
    }
    guard context.placement.isolation == .process, app.isolationRequired == .hyperv else { return [] }
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
    var scenario = RuleExample.windowsContainers
    scenario.isolation = .process
    return scenario
  }

  fileprivate static func hypervOnly(_ platform: TargetPlatform) -> Scenario {
    var scenario = RuleExample.windowsContainers
    scenario.isolation = .hyperv
    scenario.platform = platform
    return scenario
  }
}
