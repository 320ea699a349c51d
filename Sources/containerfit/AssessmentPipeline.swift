import ArgumentParser
import ContainerFitAssessment
import ContainerFitConcurrency
import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitReporting
import Dispatch

/// The stages of a run, in order: scenario, inventories, assessment, plan. Each stage is one library
/// call; this type only sequences them and turns their fatal errors into one-line messages.
struct AssessmentPipeline {
  let scenarioPath: String?
  let context: RenderContext
  var mapping: ColumnMapping?
  var progress: ProgressLine?

  func loadScenario() throws -> Scenario {
    try Console.loading { try scenarioPath.map(ScenarioLoader.load(path:)) ?? Scenario() }
  }

  func run(inputs: [String], client: String?, engagement: String?) throws -> AssessmentOutcome {
    let scenario = try loadScenario()
    // Both throw for scenario values only they can check (finding ids, host shapes): name the file.
    let assessor = try scenarioStep {
      try Assessor(scenario: scenario, asOf: String(context.createdAtISO8601.prefix(10)))
    }
    let planner = try scenarioStep { try Planner(scenario: scenario) }
    progress?.begin("reading inventories")
    var estate = try Console.loading { try InventoryLoader(mapping: mapping).load(inputs) }
    progress?.end(count: estate.applications.count + estate.servers.count, unit: "records")
    progress?.begin("scoring applications")
    let assessed = assessor.assess(estate)
    progress?.end(count: assessed.count, unit: "apps")
    // The summary needs only the assessment: made on another core while the plan is made (on one
    // core after it, it held the reports back for almost half a second at a million applications).
    let summary = BuiltOnce { AssessmentSummary(assessed) }
    DispatchQueue.global(qos: .userInitiated).async { _ = summary.value }
    progress?.begin("planning hosts")
    let workloads = Planner.workloads(for: assessed, in: estate)
    // The assessed applications carry their own copies from here on (see `AssessmentOutcome.estate`);
    // letting the estate's list go before packing lowers the run's peak memory.
    estate.applications = []
    let plan = planner.plan(workloads: workloads, servers: estate.servers)
    progress?.end(count: assessed.count, unit: "apps")
    return AssessmentOutcome(
      context: context, scenario: scenario, estate: estate, assessed: assessed, plan: plan, client: client,
      engagement: engagement, summary: summary.value)
  }

  private func scenarioStep<T>(_ work: () throws -> T) throws -> T {
    do {
      return try work()
    } catch let error as ScoringError {
      Console.err("error: \(scenarioPath ?? "scenario"): \(error.localizedDescription)")
      throw ExitCode.failure
    } catch let error as PlanningError {
      Console.err("error: \(scenarioPath ?? "scenario"): \(error.localizedDescription)")
      throw ExitCode.failure
    }
  }
}
