import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

/// A finished run: what every reporter reads. Reporters never recompute any of it.
public struct AssessmentOutcome: Sendable {
  public var context: RenderContext
  public var scenario: Scenario
  public var estate: Estate
  public let assessed: [AssessedApplication]
  public var summary: AssessmentSummary
  public let plan: PlanningResult
  /// The placement of each application of `assessed`, at the same index (`nil`: not placed). Built
  /// once: every output needs it, and a dictionary of a million ids costs about a second to build.
  public let placements: [AppPlacement?]
  public var client: String
  public var engagement: String

  public init(
    context: RenderContext, scenario: Scenario, estate: Estate, assessed: [AssessedApplication],
    plan: PlanningResult, client: String?, engagement: String?
  ) {
    self.context = context
    self.scenario = scenario
    self.estate = estate
    self.assessed = assessed
    self.summary = AssessmentSummary(assessed)
    self.plan = plan
    self.placements = Self.align(plan.placements, with: assessed)
    self.client = client ?? "Client"
    self.engagement = engagement ?? "Windows container fitness and consolidation"
  }

  /// Each application's placement (the first with its id), in the applications' order. Placements
  /// come sorted by app id; when the applications are sorted too (generated estates and most
  /// exports) one merge pass pairs them, without hashing a million ids.
  static func align(_ placements: [AppPlacement], with assessed: [AssessedApplication]) -> [AppPlacement?] {
    var aligned = [AppPlacement?](repeating: nil, count: assessed.count)
    var next = 0
    for index in assessed.indices {
      let id = assessed[index].id
      if index > 0, assessed[index - 1].id > id { return alignByLookup(placements, with: assessed) }
      while next < placements.count, placements[next].appId < id { next += 1 }
      if next < placements.count, placements[next].appId == id { aligned[index] = placements[next] }
    }
    return aligned
  }

  private static func alignByLookup(_ placements: [AppPlacement], with assessed: [AssessedApplication])
    -> [AppPlacement?]
  {
    var byId: [String: Int] = [:]
    byId.reserveCapacity(placements.count)
    for (index, placement) in placements.enumerated() where byId[placement.appId] == nil {
      byId[placement.appId] = index
    }
    return assessed.indices.map { index in byId[assessed[index].id].map { placements[$0] } }
  }
}
