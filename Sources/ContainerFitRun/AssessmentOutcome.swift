import ContainerFitAssessment
import ContainerFitConcurrency
import ContainerFitModel
import ContainerFitPlanning
import Dispatch

/// A finished run: what every reporter reads. Reporters never recompute any of it.
public struct AssessmentOutcome: Sendable {
  public var context: RenderContext
  public var scenario: Scenario
  /// The estate read, without its list of applications (each assessed application carries its
  /// own) but with the join: `assessed[n]` runs on `estate.server(ofApplication: n)`.
  public var estate: Estate
  public let assessed: [AssessedApplication]
  public var summary: AssessmentSummary
  public let plan: PlanningResult
  /// The server-level first look for the servers with no known application; `nil` when every
  /// described server has one.
  public let serverEstimate: ServerEstimate?
  /// The migration waves of the applications that move (blueprints.md, "Waves"). Planned on another
  /// core as the outcome is made, so the reports that do not read them (the applications table)
  /// start at once instead of a core waiting for a single-threaded plan; the first reader of the
  /// waves before they are planned waits for them.
  public var waves: WavePlan { plannedWaves.value }
  private let plannedWaves: BuiltOnce<WavePlan>
  /// The placement of each application of `assessed`, at the same index (`nil`: not placed). Built
  /// once: every output needs it, and a dictionary of a million ids costs about a second to build.
  public let placements: [AppPlacement?]
  public var client: String
  public var engagement: String

  /// `summary`, when given, must be `AssessmentSummary(assessed, effort: scenario.effort)` (made
  /// beforehand, on another core while the plan was made); otherwise it is made here.
  public init(
    context: RenderContext, scenario: Scenario, estate: Estate, assessed: [AssessedApplication],
    plan: PlanningResult, serverEstimate: ServerEstimate? = nil, client: String?, engagement: String?,
    summary: AssessmentSummary? = nil
  ) {
    self.serverEstimate = serverEstimate
    self.context = context
    self.scenario = scenario
    precondition(assessed.count == estate.serverIndices.count, "assessed in estate order, one per application")
    self.estate = estate
    self.estate.releaseApplications()
    self.assessed = assessed
    self.summary = summary ?? AssessmentSummary(assessed, effort: scenario.effort)
    self.plan = plan
    self.placements = Self.placements(of: plan, for: assessed)
    let planner = WavePlanner(scenario: scenario, today: String(context.createdAtISO8601.prefix(10)))
    let placed = self.placements
    let joined = self.estate
    self.plannedWaves = BuiltOnce {
      planner.plan(assessed: assessed, placements: placed, estate: joined, result: plan)
    }
    DispatchQueue.global(qos: .userInitiated).async { [plannedWaves] in _ = plannedWaves.value }
    self.client = client ?? "Client"
    self.engagement = engagement ?? "Windows container fitness and consolidation"
  }

  /// Whether application `index` of `assessed` is placed: its placement looked at where it is,
  /// not copied out (with its strings) only to be compared with `nil`.
  public func isPlaced(_ index: Int) -> Bool {
    if case .none = placements[index] { return false }
    return true
  }

  /// What the run assessed: `applications` (every described server has one), `servers` (no
  /// application at all: a server-level first look) or `mixed` (targets-and-economics.md §8).
  public var basis: String {
    guard serverEstimate != nil else { return "applications" }
    return assessed.isEmpty ? "servers" : "mixed"
  }

  /// Each application's placement, in the applications' order. The planner says which workload
  /// each placement is for; planned from these applications, workload n is application n, which
  /// one comparison of ids per placement confirms. Otherwise each application takes the first
  /// placement with its id.
  static func placements(of plan: PlanningResult, for assessed: [AssessedApplication]) -> [AppPlacement?] {
    guard plan.placementWorkloads.count == plan.placements.count else { return align(plan.placements, with: assessed) }
    var aligned = [AppPlacement?](repeating: nil, count: assessed.count)
    for (placement, workload) in zip(plan.placements, plan.placementWorkloads) {
      guard workload < assessed.count, assessed[workload].id == placement.appId else {
        return align(plan.placements, with: assessed)
      }
      aligned[workload] = placement
    }
    return aligned
  }

  /// Each application's placement (the first with its id), by id.
  static func align(_ placements: [AppPlacement], with assessed: [AssessedApplication]) -> [AppPlacement?] {
    var byId: [String: Int] = [:]
    byId.reserveCapacity(placements.count)
    for (index, placement) in placements.enumerated() where byId[placement.appId] == nil {
      byId[placement.appId] = index
    }
    return assessed.indices.map { index in byId[assessed[index].id].map { placements[$0] } }
  }
}
