import ContainerFitModel

/// GUI dependence: nothing can attach to a window inside a container.
public struct GUIRule: AssessmentRule {
  public static let id = "gui"
  public static let title = "GUI dependence"
  public static let description = """
    A Windows container has no interactive desktop: an application may create windows internally, but \
    nothing can attach to them and there is no RDP into a container; running a desktop session in a \
    container is also prohibited by the licence (seed article; Microsoft's lift-and-shift guidance). \
    An application that requires an interactive GUI is therefore a blocker. One with an optional GUI \
    costs points for the work of running it headless.
    """
  public static let defaultWeights: [String: Double] = ["gui-required": 50, "gui-optional": 10]
  public static let defaultEffortDays: [String: Double] = ["gui-required": 0, "gui-optional": 2]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "gui-optional": "The application has a GUI but can run headless",
    "gui-required": "The application needs a desktop session",
  ]

  public static var triggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean { $0.gui = .required }), RuleExample(RuleExample.clean { $0.gui = .optional })]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.gui = nil })]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    switch app.gui {
    case .required:
      return [
        context.finding(
          Self.id, "gui-required", evidence: "gui = required",
          remediation: "Leave the application on a server or a desktop host: a container has no interactive "
            + "session; only a GUI installer can be replaced by a silent install.",
          blocker: true)
      ]
    case .optional:
      return [
        context.finding(
          Self.id, "gui-optional", evidence: "gui = optional",
          remediation: "Configure and run the application headless (command-line switches or a service mode) "
            + "and remove any step that waits for a window.")
      ]
    case .none?, nil:
      return []
    }
  }
}
