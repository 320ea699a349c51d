import ContainerFitModel

/// Local-disk state: a container's writable layer is lost when it is replaced.
public struct LocalStateRule: AssessmentRule {
  public static let id = "local-state"
  public static let title = "Local-disk state"
  public static let description = """
    Files written inside a container live in its writable layer and are lost when the container is \
    replaced (seed article: state outside the container; Microsoft's lift-and-shift guidance: local \
    files need persistent storage). Data kept on local disk needs a volume, an SMB share or an external \
    store; log files on local disk need a volume or, better, forwarding to stdout.
    """
  public static let defaultWeights: [String: Double] = ["local-state-data": 15, "local-state-logs": 5]
  public static let defaultEffortDays: [String: Double] = ["local-state-data": 3, "local-state-logs": 1]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "local-state-data": "Data is kept on the local disk",
    "local-state-logs": "Log files are written to the local disk",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.localState = .data }),
      RuleExample(RuleExample.clean { $0.localState = .logs }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.localState = nil })]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    switch app.localState {
    case .data:
      return [
        context.finding(
          Self.id, "local-state-data", evidence: "local_state = data",
          remediation: "Move the data the application keeps on local disk to a mounted volume, an SMB share "
            + "(global mapping on the host) or an external store such as a database or object storage.")
      ]
    case .logs:
      return [
        context.finding(
          Self.id, "local-state-logs", evidence: "local_state = logs",
          remediation: context.placement.os == .linux ? Self.logsRemediationLinux : Self.logsRemediationWindows)
      ]
    case .none?, nil:
      return []
    }
  }

  // Made once: joined for every application with log files, the texts cost more than the rule.
  private static let logsRemediationWindows = logsRemediation("forward them to stdout with LogMonitor")
  private static let logsRemediationLinux = logsRemediation("write them to stdout")

  private static func logsRemediation(_ forwarding: String) -> String {
    "Stop relying on log files kept on the container's disk: \(forwarding), or write them to a mounted volume."
  }
}
