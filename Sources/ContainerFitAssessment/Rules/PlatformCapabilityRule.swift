import ContainerFitModel

/// What the scenario's platform cannot give an application that needs it.
public struct PlatformCapabilityRule: AssessmentRule {
  public static let id = "platform-capability"
  public static let title = "What the platform cannot give"
  public static let description = """
    Some platforms lack what an application needs, whatever the image: Fargate for Windows has no \
    gMSA, so an application that needs Windows authentication cannot run there (facts.md, 2026-12 \
    update; targets-and-economics.md §3). It is a blocker that names the platforms that can run it.
    """
  public static let defaultWeights: [String: Double] = ["fargate-no-gmsa": 50]
  public static let defaultEffortDays: [String: Double] = ["fargate-no-gmsa": 0]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "fargate-no-gmsa": "Fargate for Windows has no gMSA for Windows authentication"
  ]

  public static var triggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean { $0.dependencies = [.windowsAuth] }, scenario: fargate)]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.dependencies = [.windowsAuth] }),
      RuleExample(RuleExample.clean, scenario: fargate),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard context.scenario.platform == .ecsFargate, context.placement.os == .windows,
      app.dependencies?.contains(.windowsAuth) == true
    else { return [] }
    return [
      context.finding(
        Self.id, "fargate-no-gmsa", evidence: "platform = ecs-fargate; dependencies include windows-auth",
        remediation: "Run it on ECS on EC2 (domainless gMSA, no domain-joined hosts), EKS or AKS, or keep it on its "
          + "server; Fargate supports gMSA for Linux containers only.",
        blocker: true)
    ]
  }

  /// Whether the app needs Windows authentication; the platform and OS are fixed for the run.
  public func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey? {
    RuleMemoKey(app.dependencies?.contains(.windowsAuth) == true ? 1 : 0, context.placement.os == .linux ? 1 : 0)
  }
}

extension PlatformCapabilityRule {
  fileprivate static var fargate: Scenario {
    RuleExample.scenario { $0.platform = .ecsFargate }
  }
}
