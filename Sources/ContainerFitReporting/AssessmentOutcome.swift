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
    let byId = Dictionary(plan.placements.map { ($0.appId, $0) }, uniquingKeysWith: { first, _ in first })
    self.placements = assessed.map { byId[$0.id] }
    self.client = client ?? "Client"
    self.engagement = engagement ?? "Windows container fitness and consolidation"
  }
}
