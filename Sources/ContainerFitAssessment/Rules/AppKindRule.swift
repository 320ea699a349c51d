import ContainerFitModel

/// Application kind: containers want one foreground process that the orchestrator restarts.
public struct AppKindRule: AssessmentRule {
  public static let id = "app-kind"
  public static let title = "Application kind"
  public static let description = """
    A container runs one foreground process, restarted by the orchestrator when it exits (seed article). \
    A Windows service needs a foreground process that watches it (ServiceMonitor, or LogMonitor wrapping \
    it); a scheduled task needs its schedule moved to a scheduler outside the container (Microsoft's \
    lift-and-shift guidance). A desktop application is a poor candidate: its interactive part cannot run \
    in a container, so only a headless part of it can move. IIS sites and console applications fit as \
    they are.
    """
  public static let defaultWeights: [String: Double] = [
    "kind-desktop": 30, "kind-scheduled-task": 10, "kind-windows-service": 5,
  ]
  public static let defaultEffortDays: [String: Double] = [
    "kind-desktop": 10, "kind-scheduled-task": 2, "kind-windows-service": 1,
  ]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "kind-desktop": "A desktop application: only its headless part can move",
    "kind-scheduled-task": "A scheduled task needs a scheduler outside the container",
    "kind-windows-service": "A Windows service needs a foreground process",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.kind = .desktop }),
      RuleExample(RuleExample.clean { $0.kind = .scheduledTask }),
      RuleExample(RuleExample.clean { $0.kind = .windowsService }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.kind = .iisSite }),
      RuleExample(RuleExample.clean { $0.kind = nil }),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    switch app.kind {
    case .desktop:
      return [
        context.finding(
          Self.id, "kind-desktop", evidence: "kind = desktop",
          remediation: "Split the headless work (services, batch logic) from the desktop client and containerise "
            + "only that part; the client stays on desktops or a virtual desktop.")
      ]
    case .scheduledTask:
      return [
        context.finding(
          Self.id, "kind-scheduled-task", evidence: "kind = scheduled-task",
          remediation: "Move the schedule out of Task Scheduler into the orchestrator (an ECS scheduled task or "
            + "a Kubernetes CronJob) and run the job as the container's foreground process, exiting when done.")
      ]
    case .windowsService:
      return [
        context.finding(
          Self.id, "kind-windows-service", evidence: "kind = windows-service",
          remediation: context.placement.os == .linux
            ? "Run the service's work as the container's foreground process (a .NET worker service runs as a "
              + "console host on Linux; other runtimes start their main process), so the container stops when it does."
            : "Give the service a foreground process: start it under ServiceMonitor.exe (wrapped by "
              + "LogMonitor for its logs) as the entry point, so the container stops when the service stops.")
      ]
    case .iisSite?, .console?, nil:
      return []
    }
  }
}
