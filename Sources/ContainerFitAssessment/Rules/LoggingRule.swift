import ContainerFitModel

/// Logging target: only stdout reaches the container's log stream without help.
public struct LoggingRule: AssessmentRule {
  public static let id = "logging"
  public static let title = "Logging target"
  public static let description = """
    Container platforms collect what a container writes to stdout (seed article: container-native \
    operations). Log files, the Windows Event Log and ETW do not reach stdout on their own: Microsoft \
    LogMonitor forwards them (its sources are EventLog, ETW and File) and wraps the entry point. An \
    application that logs to stdout already is container-native.
    """
  public static let defaultWeights: [String: Double] = ["log-target-file": 5, "log-target-eventlog": 5]
  public static let defaultEffortDays: [String: Double] = ["log-target-file": 1, "log-target-eventlog": 1]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "log-target-eventlog": "Logs go to the Event Log, not to stdout",
    "log-target-file": "Logs go to files, not to stdout",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.logTarget = .file }),
      RuleExample(RuleExample.clean { $0.logTarget = .eventlog }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.logTarget = nil })]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    switch app.logTarget {
    case .file:
      return [
        context.finding(
          Self.id, "log-target-file", evidence: "log_target = file",
          remediation: context.placement.os == .linux
            ? "Write the logs to stdout (a console logger, or a symlink from the log file to /dev/stdout) so the "
              + "container platform collects them."
            : "Move log files to stdout with LogMonitor: add a File source for the log folder to "
              + "LogMonitorConfig.json and start the application under LogMonitor.exe.")
      ]
    case .eventlog:
      return [
        context.finding(
          Self.id, "log-target-eventlog", evidence: "log_target = eventlog",
          remediation: "Forward the Event Log to stdout with LogMonitor: add an EventLog source for the "
            + "application's channel to LogMonitorConfig.json and start the application under LogMonitor.exe.")
      ]
    case .stdout?, nil:
      return []
    }
  }
}
