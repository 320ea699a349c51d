import ContainerFitModel

/// Runtime: which framework versions run in a Windows container, and on which image.
public struct RuntimeRule: AssessmentRule {
  public static let id = "runtime"
  public static let title = "Runtime"
  public static let description = """
    .NET Framework before 2.0 is not supported in Windows containers; 2.x and 3.x applications should \
    be tested on 4.x and otherwise need the .NET Framework 3.5 image; 4.x runs on Server Core \
    (Microsoft's lift-and-shift guidance, facts.md "Known blockers and difficulties"). .NET Core before \
    6 is out of support and has no current Nano Server image (facts.md "Base images": Nano Server for \
    .NET 6+). A runtime the assessment does not recognise must be confirmed before its image can be \
    chosen; Server Core is assumed.
    """
  public static let defaultWeights: [String: Double] = [
    "runtime-dotnet-framework-1x": 50, "runtime-dotnet-framework-35": 5, "runtime-dotnet-out-of-support": 5,
    "runtime-unrecognised": 5,
  ]
  public static let defaultEffortDays: [String: Double] = [
    "runtime-dotnet-framework-1x": 20, "runtime-dotnet-framework-35": 2, "runtime-dotnet-out-of-support": 3,
    "runtime-unrecognised": 1,
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-1.1" }),
      RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-3.5" }),
      RuleExample(RuleExample.clean { $0.runtime = "dotnet-core-3.1" }),
      RuleExample(RuleExample.clean { $0.runtime = "cobol" }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-4.8" }),
      RuleExample(RuleExample.clean { $0.runtime = nil }), RuleExample(RuleExample.clean { $0.runtime = "java-17" }),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard let runtime = context.runtime ?? app.parsedRuntime else { return [] }
    let evidence = "runtime = \(runtime.raw)"
    switch runtime.family {
    case .dotnetFramework:
      guard let version = runtime.numericVersion, version < 4 else { return [] }
      if version < 2 {
        return [
          context.finding(
            Self.id, "runtime-dotnet-framework-1x", evidence: evidence + " (before 2.0)",
            remediation: "Port the application to .NET Framework 4.8: versions before 2.0 run in no Windows "
              + "container image.",
            blocker: true)
        ]
      }
      return [
        context.finding(
          Self.id, "runtime-dotnet-framework-35", evidence: evidence,
          remediation: "Test the application on .NET Framework 4.8 first (the plain Server Core framework image); "
            + "if it fails, build from mcr.microsoft.com/dotnet/framework/runtime:3.5.")
      ]
    case .dotnet:
      guard let major = runtime.majorVersion, major < 6 else { return [] }
      return [
        context.finding(
          Self.id, "runtime-dotnet-out-of-support", evidence: evidence + " (before .NET 6)",
          remediation: "Upgrade to .NET 8 (LTS): earlier .NET Core releases are out of support and have no "
            + "current Nano Server image.")
      ]
    case .other:
      return [
        context.finding(
          Self.id, "runtime-unrecognised", evidence: evidence + " (not a recognised runtime)",
          remediation: "Confirm the runtime and how it installs on Windows Server Core; the assessment assumes "
            + "Server Core for it.")
      ]
    case .classicASP, .java, .native, .python, .node, .go:
      return []
    }
  }

  /// The runtime as written: all the findings depend on.
  public func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey? {
    RuleMemoKey(text: app.runtime)
  }
}
