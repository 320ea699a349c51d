import ContainerFitModel

/// In-memory state: sticky sessions and in-process job state do not survive a container restart.
public struct InMemoryStateRule: AssessmentRule {
  public static let id = "in-memory-state"
  public static let title = "In-memory state"
  public static let description = """
    Orchestrators restart, move and scale containers at will (seed article: one process per container, \
    restarted by the orchestrator). Session or job state held in process memory is lost on every restart \
    and pins users to one instance (sticky sessions), so it must move to an external store before the \
    application can run as several replaceable containers.
    """
  public static let defaultWeights: [String: Double] = ["in-memory-state": 10]
  public static let defaultEffortDays: [String: Double] = ["in-memory-state": 3]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "in-memory-state": "Session or job state is held in process memory"
  ]

  public static var triggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean { $0.inMemoryState = true })]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.inMemoryState = nil })]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard app.inMemoryState == true else { return [] }
    return [
      context.finding(
        Self.id, "in-memory-state", evidence: "in_memory_state = true",
        remediation: "Move session and job state out of process memory into a shared store (SQL Server "
          + "session state, Redis) so any container instance can serve any request and restarts lose nothing.")
    ]
  }
}
