import ArgumentParser
import ContainerFitAssessment
import ContainerFitHistory
import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitReporting
import ContainerFitRun
import Foundation

extension ContainerFit {
  /// `containerfit assess INPUT...`: the main job, from inventories to the reports for the client.
  struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Assess inventories and write the reports: "
        + ReportFormat.defaults.map(\.fileName).joined(separator: ", ") + "; with --formats blueprints, a blueprint "
        + "folder per application that moves.")

    @OptionGroup var options: RunOptions

    @Option(help: "Folder for the reports (default: Reports/<run-id>).")
    var out: String?

    @Option(
      help: ArgumentHelp(
        "Comma-separated formats to write (default: all but blueprints): "
          + "\(ReportFormat.allValueStrings.joined(separator: ", ")).",
        valueName: "formats"),
      transform: ReportFormat.list)
    var formats: [ReportFormat] = ReportFormat.defaults

    @Option(help: "Client name for the report's cover.")
    var client: String?

    @Option(help: "Engagement name for the report's cover.")
    var engagement: String?

    @Option(help: "How many of the lowest and of the highest scoring applications the report details.")
    var detail: Int = 25

    @Flag(help: "Print each stage's time and rate on stderr as it ends (also when stderr is not a terminal).")
    var timings = false

    func validate() throws {
      if detail < 1 { throw ValidationError("--detail must be at least 1.") }
    }

    func run() throws {
      let context = RenderContext.current(toolVersion: ContainerFit.version)
      let progress = ProgressLine(quiet: options.quiet, timings: timings)
      let run = try options.assessmentRun(
        try options.loadScenario(), context: context, client: client, engagement: engagement)
      let mapping = try options.columnMapping()
      let outcome = try Console.loading {
        try run.run(inputs: options.inputs, mapping: mapping, progress: progress.show)
      }
      KeptUntilExit.keep(outcome)
      progress.finish()
      if !options.quiet { Console.printDiagnostics(outcome.estate) }
      let folder = out ?? "Reports/\(context.runId)"
      var writer = ReportWriter(formats: formats, detailCount: detail, templatesFolder: options.templates)
      writer.paper = options.paper
      progress.begin("writing reports")
      let written = try Console.loading { try writer.write(outcome, to: folder) }
      progress.end(count: written.count, unit: "files")
      if !options.noHistory {
        progress.begin("recording the run")
        try options.record([outcome], createdAt: context.createdAt)
        progress.end(count: outcome.assessed.count, unit: "apps")
      }
      progress.finish()
      if !options.quiet { Console.out(RunSummary(outcome: outcome, files: written).text()) }
    }
  }
}
