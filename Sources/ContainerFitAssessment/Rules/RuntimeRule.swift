import ContainerFitModel

/// Runtime: which framework versions run in a Windows container, and on which image.
public struct RuntimeRule: AssessmentRule {
  public static let id = "runtime"
  public static let title = "Runtime"
  public static let description = """
    .NET Framework before 2.0 is not supported in Windows containers; 2.x and 3.x applications should \
    be tested on 4.8.x and otherwise run on Server Core with .NET Framework 3.5 enabled in the \
    Dockerfile, since Microsoft publishes no 3.5 images; 4.x runs on Server Core (Microsoft's \
    lift-and-shift guidance; facts.md "2026-12 update", Images). A .NET (Core) release is out of \
    support once its end-of-support date is past on the day of the run (facts.md "2026-12 update", \
    Lifecycle: .NET 6 ended \(Facts.dotnetSupportEnds[6]?.value ?? "?"), .NET 8 and 9 ended \
    \(Facts.dotnetSupportEnds[8]?.value ?? "?"), .NET \(Facts.dotnetUpgradeTargetMajor.value) (LTS) is \
    supported to \(Facts.dotnetSupportEnds[Facts.dotnetUpgradeTargetMajor.value]?.value ?? "?")): such an \
    application is upgraded to .NET \(Facts.dotnetUpgradeTargetMajor.value). A runtime the assessment \
    does not recognise must be confirmed before its image can be chosen; Server Core is assumed.
    """
  public static let defaultWeights: [String: Double] = [
    "runtime-dotnet-framework-1x": 50, "runtime-dotnet-framework-35": 5, "runtime-dotnet-out-of-support": 5,
    "runtime-unrecognised": 5,
  ]
  public static let defaultEffortDays: [String: Double] = [
    "runtime-dotnet-framework-1x": 20, "runtime-dotnet-framework-35": 2, "runtime-dotnet-out-of-support": 3,
    "runtime-unrecognised": 1,
  ]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "runtime-dotnet-framework-1x": ".NET Framework before 2.0 runs in no container",
    "runtime-dotnet-framework-35": ".NET Framework 2.x/3.x: test on 4.8.x or enable 3.5",
    "runtime-dotnet-out-of-support": "The .NET release is out of support",
    "runtime-unrecognised": "The runtime is not recognised",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-1.1" }),
      RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-3.5" }),
      RuleExample(RuleExample.clean { $0.runtime = "dotnet-core-3.1" }),
      RuleExample(RuleExample.clean { $0.runtime = "dotnet-6" }),
      RuleExample(RuleExample.clean { $0.runtime = "cobol" }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-4.8" }),
      RuleExample(RuleExample.clean { $0.runtime = nil }), RuleExample(RuleExample.clean { $0.runtime = "java-17" }),
      RuleExample(RuleExample.clean { $0.runtime = "dotnet-10" }),
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
          remediation: "Test the application on .NET Framework 4.8.x first (the framework image of the container "
            + "build); if it fails, build from Server Core and enable .NET Framework 3.5 in the Dockerfile "
            + "(dism /Online /Add-Capability /CapabilityName:NetFx3): Microsoft publishes no 3.5 images.")
      ]
    case .dotnet:
      guard let major = runtime.majorVersion, let end = Self.supportEnd(ofMajor: major), end < context.asOf else {
        return []
      }
      let target = Facts.dotnetUpgradeTargetMajor.value
      let targetEnd = Facts.dotnetSupportEnds[target].map { ", supported to \($0.value)" } ?? ""
      return [
        context.finding(
          Self.id, "runtime-dotnet-out-of-support", evidence: evidence + " (support ended \(end))",
          remediation: "Upgrade to .NET \(target) (LTS\(targetEnd)): this release's support ended \(end), so it "
            + "gets no more security fixes.")
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

  /// The runtime as written: all the findings depend on (the date is fixed for the run).
  public func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey? {
    RuleMemoKey(text: app.runtime)
  }
}

extension RuntimeRule {
  /// The day support of a .NET major ends; a major before every catalogued one is long out of
  /// support (its day is the oldest known), one newer than every catalogued one is supported (`nil`).
  fileprivate static func supportEnd(ofMajor major: Int) -> String? {
    if let fact = Facts.dotnetSupportEnds[major] { return fact.value }
    guard let oldest = Facts.dotnetSupportEnds.keys.min(), major < oldest else { return nil }
    return Facts.dotnetSupportEnds[oldest]?.value
  }
}
