import ArgumentParser
import ContainerFitHistory
import ContainerFitImport
import ContainerFitModel
import ContainerFitReporting
import ContainerFitRun
import Foundation

extension ContainerFit {
  /// `containerfit blueprint RUN --out DIR`: the blueprints of a recorded run. The run is made again
  /// from its recorded inputs and scenario, and refused when an input has changed since (its SHA-256
  /// differs), so the blueprints are those of the run the client saw.
  struct Blueprint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write migration blueprints (Dockerfile, task definition or manifest, ...) for a recorded run.",
      discussion:
        "See docs/blueprints.md. Over \(largeEstate) applications that move, name them with --app or --wave, or "
        + "ask for --all.")

    /// Above this many applications that move, the command wants --app or --all.
    static let largeEstate = 5_000

    @Argument(help: "The run id (or a unique prefix of it).")
    var runID: String

    @Option(name: .customLong("app"), help: "An application id to write (repeat for several).")
    var appIds: [String] = []

    @Option(help: "Write the applications of this migration wave (waves.csv; 0 is the pilot).")
    var wave: Int?

    @Flag(help: "Write every application that moves, however many.")
    var all = false

    @Option(help: "Folder to write the blueprints into (replaced when complete).")
    var out: String

    @Option(help: "Run history database.")
    var history: String = RunHistory.defaultPath

    @Option(help: "The column mapping file the run used, if any.")
    var mapping: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
      if [all, !appIds.isEmpty, wave != nil].filter({ $0 }).count > 1 {
        throw ValidationError("Use one of --app, --wave and --all.")
      }
    }

    func run() throws {
      guard FileManager.default.fileExists(atPath: history) else {
        Console.err("error: \(history): no run history here yet; `containerfit assess` records one.")
        throw ExitCode.failure
      }
      let store = try Console.loading { try RunHistory(path: history) }
      guard let record = try Console.loading({ try store.run(id: runID) }) else {
        Console.err("error: \(history): no run '\(runID)'; `containerfit runs list` shows the runs.")
        throw ExitCode.failure
      }
      let scenario = try Console.loading {
        try JSONDecoder().decode(Scenario.self, from: Data(record.scenarioJSON.utf8))
      }
      let context = RenderContext(runId: record.id, createdAt: record.createdAt, toolVersion: ContainerFit.version)
      let mappingFile = try mapping.map { path in try Console.loading { try ColumnMapping.load(path: path) } }
      let outcome = try Console.loading {
        try AssessmentRun(scenario: scenario, context: context).run(
          inputs: record.inputs.map(\.path), mapping: mappingFile)
      }
      for (recorded, read) in zip(record.inputs, outcome.estate.inputs) where recorded.sha256 != read.sha256 {
        Console.err(
          "error: \(recorded.path) has changed since run \(record.id) (SHA-256 \(recorded.sha256.prefix(12)) then, "
            + "\(read.sha256.prefix(12)) now); assess it again for blueprints of the inventory as it is.")
        throw ExitCode.failure
      }
      let moving = Set(
        outcome.assessed.indices.filter {
          outcome.assessed[$0].verdict.movesToContainer && outcome.isPlaced($0)
        }
        .map { outcome.assessed[$0].id })
      for id in appIds where !moving.contains(id) {
        let known = outcome.assessed.contains { $0.id == id }
        Console.err(
          "error: \(id): "
            + (known
              ? "it does not move in run \(record.id) (it stays on its server)."
              : "no such application in run \(record.id)."))
        throw ExitCode.failure
      }
      var chosen = Set(appIds)
      if let wave {
        chosen = Set(
          outcome.assessed.indices.filter { outcome.waves.wave(ofApplication: $0) == wave }.map {
            outcome.assessed[$0].id
          })
        guard !chosen.isEmpty else {
          Console.err(
            "error: run \(record.id) has no wave \(wave) (waves 0 to \(max(0, outcome.waves.waves.count - 1))).")
          throw ExitCode.failure
        }
      }
      if chosen.isEmpty, !all, moving.count > Self.largeEstate {
        Console.err(
          "error: run \(record.id) moves \(moving.count) applications: name some with --app or --wave, or write them all with --all."
        )
        throw ExitCode.failure
      }
      let writer = BlueprintWriter(appIds: chosen.isEmpty ? nil : chosen)
      let progress = ProgressLine(quiet: quiet)
      progress.begin("writing blueprints")
      let counter = progress.counter(unit: "blueprints")
      let count = try Console.loading { try writer.write(outcome, to: out, progress: counter) }
      progress.end(count: count, unit: "blueprints")
      progress.finish()
      if !quiet { Console.out("Wrote \(count) blueprints of run \(record.id) to \(out).") }
    }
  }
}
