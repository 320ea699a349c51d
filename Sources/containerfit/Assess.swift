import ArgumentParser
import ContainerFitAssessment
import ContainerFitHistory
import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitReporting
import Foundation

extension ContainerFit {
  /// `containerfit assess INPUT...`: the main job, from inventories to the reports for the client.
  struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Assess inventories and write the reports: report.html, report.md, assessment.json, applications.csv/.xlsx.")

    @Argument(help: "Inventory files or folders (every inventory file inside, sorted by path).")
    var inputs: [String]

    @Option(help: "Scenario file (YAML or JSON); see docs/scenario.md. Defaults apply without one.")
    var scenario: String?

    @Option(help: "A column mapping file (YAML) for CSV files in no known shape; see docs/real-world-inputs.md.")
    var mapping: String?

    @Option(help: "Folder for the reports (default: Reports/<run-id>).")
    var out: String?

    @Option(help: "Comma-separated formats to write: html, md, json, csv, xlsx.")
    var formats: String = ReportFormat.allCases.map(\.rawValue).joined(separator: ",")

    @Option(help: "Client name for the report's cover.")
    var client: String?

    @Option(help: "Engagement name for the report's cover.")
    var engagement: String?

    @Option(help: "Folder of Mustache templates overriding the shipped ones (same file names).")
    var templates: String?

    @Option(help: "How many of the lowest and of the highest scoring applications the report details.")
    var detail: Int = 25

    @Option(help: "Run history database (default: .containerfit/history.sqlite in the current folder).")
    var history: String?

    @Flag(help: "Do not record this run in the history.")
    var noHistory = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
      if inputs.isEmpty { throw ValidationError("Give at least one inventory file or folder.") }
      _ = try parsedFormats()
      if detail < 1 { throw ValidationError("--detail must be at least 1.") }
      if history != nil, noHistory { throw ValidationError("--history and --no-history cannot be used together.") }
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
      let columnMapping = try mapping.map { path in try Console.loading { try ColumnMapping.load(path: path) } }
      let progress = ProgressLine(quiet: quiet)
      let pipeline = AssessmentPipeline(
        scenarioPath: scenario, context: context, mapping: columnMapping, progress: progress)
      let outcome = try pipeline.run(inputs: inputs, client: client, engagement: engagement)
      progress.finish()
      if !quiet { Console.printDiagnostics(outcome.estate) }
      let folder = out ?? "Reports/\(context.runId)"
      let writer = ReportWriter(formats: try parsedFormats(), detailCount: detail, templatesFolder: templates)
      progress.begin("writing reports")
      let written = try Console.loading { try writer.write(outcome, to: folder) }
      progress.end(count: written.count, unit: "files")
      if !noHistory {
        // Recorded after the reports are in place: a run in the history always has its reports.
        let path = history ?? RunHistory.defaultPath
        try Console.loading {
          try RunHistory(path: path).record(RunRecord(AssessmentDocument(outcome), createdAt: context.createdAt))
        }
      }
      progress.finish()
      if !quiet { Console.out(RunSummary(outcome: outcome, files: written).text()) }
    }
  }
}
