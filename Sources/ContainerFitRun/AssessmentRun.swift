import ContainerFitAssessment
import ContainerFitConcurrency
import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning
import Dispatch

/// One run of containerfit, the only place its stages are put together: inventories → estate →
/// assessment → workloads → plan → outcome. `assess`, `whatif`, the tests and the benchmark all run
/// through it; the stages are public so the benchmark can time each one and a what-if can share one
/// scoring between the variants that score alike.
public struct AssessmentRun: Sendable {
  /// What the run is up to, for a progress line.
  public enum Stage: String, Sendable {
    case reading = "reading inventories"
    case scoring = "scoring applications"
    case planning = "planning hosts"
  }

  /// A stage began, or ended having handled `count` of `unit`.
  public enum Progress: Sendable {
    case began(Stage)
    case ended(Stage, count: Int, unit: String)
  }

  public let scenario: Scenario
  public let context: RenderContext
  public var client: String?
  public var engagement: String?
  private let assessor: Assessor
  private let planner: Planner

  /// A run under `scenario`, dated by `context` (support status is judged on its day). Throws
  /// `ScoringError` or `PlanningError` for scenario values only the assessor or the planner can
  /// check (finding ids, host shapes), before any input is read.
  public init(scenario: Scenario, context: RenderContext, client: String? = nil, engagement: String? = nil) throws {
    self.scenario = scenario
    self.context = context
    self.client = client
    self.engagement = engagement
    self.assessor = try Assessor(scenario: scenario, asOf: String(context.createdAtISO8601.prefix(10)))
    self.planner = try Planner(scenario: scenario)
  }

  /// The whole run over the inventory files and folders `inputs`. Throws `ImportError` when an input
  /// cannot be read at all.
  /// `progress` is told as each stage begins and ends.
  public func run(
    inputs: [String], mapping: ColumnMapping? = nil, progress: (Progress) -> Void = { _ in }
  ) throws -> AssessmentOutcome {
    run(try load(inputs, mapping: mapping, progress: progress), progress: progress)
  }

  /// The run of an estate already read.
  public func run(_ estate: consuming Estate, progress: (Progress) -> Void = { _ in }) -> AssessmentOutcome {
    // Each application moves into its assessment: the estate's list is dropped once assessed.
    let assessed = assess(takingApplicationsOf: &estate, progress: progress)
    return outcome(of: estate, assessed: assessed, progress: progress)
  }

  /// Reads and joins the inventories.
  public func load(
    _ inputs: [String], mapping: ColumnMapping? = nil, progress: (Progress) -> Void = { _ in }
  ) throws -> Estate {
    progress(.began(.reading))
    let estate = try InventoryLoader(mapping: mapping).load(inputs)
    progress(.ended(.reading, count: estate.applications.count + estate.servers.count, unit: "records"))
    return estate
  }

  /// Scores every application of `estate`, in estate order, on all cores; `estate` is left as it was.
  public func assess(_ estate: Estate, progress: (Progress) -> Void = { _ in }) -> [AssessedApplication] {
    var copy = estate
    return assess(takingApplicationsOf: &copy, progress: progress)
  }

  /// The same, moving each application out of `estate` into its assessment (`Assessor`).
  func assess(takingApplicationsOf estate: inout Estate, progress: (Progress) -> Void) -> [AssessedApplication] {
    progress(.began(.scoring))
    let assessed = assessor.assess(takingApplicationsOf: &estate)
    progress(.ended(.scoring, count: assessed.count, unit: "apps"))
    return assessed
  }

  /// Plans the hosts for `assessed` (`estate`'s applications in estate order, as `assess` gives
  /// them) and returns the finished run.
  public func outcome(
    of estate: consuming Estate, assessed: [AssessedApplication], progress: (Progress) -> Void = { _ in }
  ) -> AssessmentOutcome {
    progress(.began(.planning))
    // The summary needs only the assessment: made on another core while the plan is made.
    let summary = BuiltOnce { AssessmentSummary(assessed, effort: scenario.effort) }
    DispatchQueue.global(qos: .userInitiated).async { _ = summary.value }
    let workloads = Planner.workloads(for: assessed, in: estate)
    // Each assessed application carries its own `Application` from here on: the estate's list goes
    // before packing, which lowers the run's peak memory.
    estate.releaseApplications()
    let plan = planner.plan(workloads: workloads, servers: estate.servers, hosts: estate.hypervisorHosts)
    let estimate = planner.serverEstimate(
      for: estate, containerBuild: ContainerBuildChooser.allowedBuilds(scenario).last ?? WindowsRelease.server2025.build
    )
    progress(.ended(.planning, count: assessed.count, unit: "apps"))
    return AssessmentOutcome(
      context: context, scenario: scenario, estate: estate, assessed: assessed, plan: plan, serverEstimate: estimate,
      client: client, engagement: engagement, summary: summary.value)
  }
}
