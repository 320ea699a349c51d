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
        "Assess inventories and write the reports: report.html, report.md, assessment.json, applications.csv/.xlsx.")

    @OptionGroup var options: RunOptions

    @Option(help: "Folder for the reports (default: Reports/<run-id>).")
    var out: String?

    @Option(help: "Comma-separated formats to write: html, md, json, csv, xlsx.")
    var formats: String = ReportFormat.allCases.map(\.rawValue).joined(separator: ",")

    @Option(help: "Client name for the report's cover.")
    var client: String?

    @Option(help: "Engagement name for the report's cover.")
    var engagement: String?

    @Option(help: "How many of the lowest and of the highest scoring applications the report details.")
    var detail: Int = 25

    @Flag(help: "Print each stage's time and rate on stderr as it ends (also when stderr is not a terminal).")
    var timings = false

    func validate() throws {
      _ = try parsedFormats()
      if detail < 1 { throw ValidationError("--detail must be at least 1.") }
    }

    func parsedFormats() throws -> [ReportFormat] {
      let names = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      let parsed = try names.map { name -> ReportFormat in
        guard let format = ReportFormat(rawValue: name) else {
          throw ValidationError(
            "Unknown format '\(name)' in --formats; use any of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))."
          )
        }
        return format
      }
      if parsed.isEmpty { throw ValidationError("--formats names no format.") }
      return parsed
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
      let writer = ReportWriter(formats: try parsedFormats(), detailCount: detail, templatesFolder: options.templates)
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
