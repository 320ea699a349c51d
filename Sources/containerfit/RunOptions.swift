import ArgumentParser
import ContainerFitAssessment
import ContainerFitHistory
import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitReporting
import ContainerFitRun
import Foundation

/// The options every command that runs an assessment shares (`assess`, `whatif`): inputs, scenario,
/// column mapping, templates, history and quiet.
struct RunOptions: ParsableArguments {
  @Argument(help: "Inventory files or folders (every inventory file inside, sorted by path).")
  var inputs: [String]

  @Option(help: "Scenario file (YAML or JSON); see docs/scenario.md. Defaults apply without one.")
  var scenario: String?

  @Option(help: "A column mapping file (YAML) for CSV files in no known shape; see docs/real-world-inputs.md.")
  var mapping: String?

  @Option(help: "Folder of Mustache templates overriding the shipped ones (same file names).")
  var templates: String?

  @Option(help: "Run history database (default: .containerfit/history.sqlite in the current folder).")
  var history: String?

  @Flag(help: "Do not record the run in the history.")
  var noHistory = false

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  @Option(help: "Paper of the printed report and of the PDF: a4 or letter.")
  var paper: PrintSettings.Paper = .a4

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("Give at least one inventory file or folder.") }
    if history != nil, noHistory { throw ValidationError("--history and --no-history cannot be used together.") }
  }

  /// The column mapping, loaded (a bad file is a fatal error naming it).
  func columnMapping() throws -> ColumnMapping? {
    try mapping.map { path in try Console.loading { try ColumnMapping.load(path: path) } }
  }

  /// The scenario file, loaded and checked (defaults without one); a bad file is a fatal error naming it.
  func loadScenario() throws -> Scenario {
    try Console.loading { try scenario.map(ScenarioLoader.load(path:)) ?? Scenario() }
  }

  /// The run of `scenario`; a value only the assessor or the planner can check (finding ids, host
  /// shapes) is a fatal error naming the scenario file, before any input is read.
  func assessmentRun(
    _ scenario: Scenario, context: RenderContext, client: String? = nil, engagement: String? = nil
  ) throws -> AssessmentRun {
    do {
      return try AssessmentRun(scenario: scenario, context: context, client: client, engagement: engagement)
    } catch let error as ScoringError {
      Console.err("error: \(self.scenario ?? "scenario"): \(error.localizedDescription)")
      throw ExitCode.failure
    } catch let error as PlanningError {
      Console.err("error: \(self.scenario ?? "scenario"): \(error.localizedDescription)")
      throw ExitCode.failure
    }
  }

  /// Records finished runs in the history unless `--no-history`. Called after the reports are in
  /// place, so a run in the history always has its reports.
  func record(_ outcomes: [AssessmentOutcome], createdAt: Date) throws {
    guard !noHistory else { return }
    try Console.loading {
      let store = try RunHistory(path: history ?? RunHistory.defaultPath)
      for outcome in outcomes { try store.record(RunRecord(outcome, createdAt: createdAt)) }
    }
  }
}
