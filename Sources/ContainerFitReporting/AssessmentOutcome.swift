import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

/// A finished run: what every reporter reads. Reporters never recompute any of it.
public struct AssessmentOutcome: Sendable {
  public var context: RenderContext
  public var scenario: Scenario
  public var estate: Estate
  public var assessed: [AssessedApplication]
  public var summary: AssessmentSummary
  public var plan: PlanningResult
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
    self.client = client ?? "Client"
    self.engagement = engagement ?? "Windows container fitness and consolidation"
  }

  /// Placements by application id.
  public func placementIndex() -> [String: AppPlacement] {
    Dictionary(plan.placements.map { ($0.appId, $0) }, uniquingKeysWith: { first, _ in first })
  }
}
