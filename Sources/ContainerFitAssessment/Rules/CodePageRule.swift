import ContainerFitModel

/// Code-page sensitivity: Hyper-V containers are fixed at UTF-8; process isolation inherits the host's.
public struct CodePageRule: AssessmentRule {
  public static let id = "code-page"
  public static let title = "Code-page sensitivity"
  public static let description = """
    Hyper-V-isolated containers report ANSI code page 65001 (UTF-8) and it cannot be changed; \
    process-isolated containers inherit the host's system locale and code page (facts.md, "Code pages \
    and locale"; seed article: Hyper-V isolation does not pass the host code page through). An \
    application that relies on the ANSI code page must therefore run process-isolated on a host whose \
    system code page equals its server's today, which splits hosts into pools per build and code page \
    and means Hyper-V cannot rescue a build mismatch for it. An application already on code page 65001 \
    is unaffected. When the application must also be Hyper-V isolated (isolation_required = hyperv, or \
    a scenario forcing Hyper-V isolation) the two cannot both hold: that conflict is a blocker.
    """
  public static let defaultWeights: [String: Double] = ["code-page-sensitive": 10, "code-page-hyperv-conflict": 50]
  public static let defaultEffortDays: [String: Double] = ["code-page-sensitive": 2, "code-page-hyperv-conflict": 10]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "code-page-hyperv-conflict": "Code-page dependence conflicts with Hyper-V isolation (UTF-8 only)",
    "code-page-sensitive": "The application depends on its server's ANSI code page",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.codePageSensitive = true }),
      RuleExample(
        RuleExample.clean {
          $0.codePageSensitive = true
          $0.isolationRequired = .hyperv
        }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.codePageSensitive = nil }),
      RuleExample(
        RuleExample.clean { $0.codePageSensitive = true },
        server: Server(id: "srv-utf8", osBuild: 20348, ansiCodePage: 65001)),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard app.codePageSensitive == true, context.server.ansiCodePage != Self.utf8 else { return [] }
    let codePage =
      context.server.ansiCodePage.map { "server ansi_code_page = \($0)" } ?? "server ansi_code_page unknown"
    if let hypervDemand = hypervDemand(app, context) {
      return [
        context.finding(
          Self.id, "code-page-hyperv-conflict",
          evidence: "code_page_sensitive = true; \(codePage); \(hypervDemand): Hyper-V containers run at code page "
            + "65001 only",
          remediation: "Make the application Unicode-safe (UTF-16 or UTF-8 APIs, explicit encodings for files) "
            + "so it runs at code page 65001, or drop the Hyper-V requirement and run it process-isolated.",
          blocker: true)
      ]
    }
    let host =
      context.server.ansiCodePage.map { "with system code page \($0)" } ?? "with the server's code page (collect it)"
    return [
      context.finding(
        Self.id, "code-page-sensitive", evidence: "code_page_sensitive = true; \(codePage)",
        remediation: "Run the application process-isolated on a host \(host), never Hyper-V isolated; in the "
          + "longer run make it Unicode-safe so it no longer depends on the system code page.")
    ]
  }
}

extension CodePageRule {
  fileprivate static let utf8 = 65001

  /// What asks for Hyper-V isolation, if anything.
  fileprivate func hypervDemand(_ app: Application, _ context: RuleContext) -> String? {
    if context.scenario.isolation == .hyperv { return "scenario isolation = hyperv" }
    if app.isolationRequired == .hyperv { return "isolation_required = hyperv" }
    return nil
  }
}
