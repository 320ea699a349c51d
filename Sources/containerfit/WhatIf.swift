import ArgumentParser
import ContainerFitHistory
import ContainerFitImport
import ContainerFitModel
import ContainerFitReporting
import ContainerFitRun
import Foundation

extension ContainerFit {
  /// `containerfit whatif INPUT... --vary KEY=V1,V2`: one estate planned under every combination of
  /// scenario values, each combination recorded as its own run.
  struct WhatIf: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "whatif",
      abstract: "Plan one estate under every combination of --vary values; write whatif.html and whatif.md.",
      discussion: """
        Inputs are read and applications scored once (again only for variants that change scoring, \
        isolation, allowed_host_builds or host.os_build); every scenario is then planned in parallel and \
        recorded in the history as run <run-id>-v<N>, so `containerfit compare` works on them. KEY is a \
        scenario key by its dotted path (host.shape, isolation, memory_policy, licensing.edition, \
        host.target_utilization_pct, hyperv.cpu_overhead_pct, allowed_host_builds, scoring.bands.ready, ...) \
        or a short form (host, edition). Items of a list value are separated by + (17763+20348). \
        An unknown key or a bad value is a usage error (exit 64) naming it.
        """)

    @OptionGroup var options: RunOptions

    @Option(help: "KEY=V1,V2,...: a scenario key and the values to try; repeat for a cross product.")
    var vary: [String] = []

    @Option(help: "Folder for whatif.html and whatif.md (default: Reports/whatif-<run-id>).")
    var out: String?

    @Flag(help: "Also print whatif.pdf with headless Chromium.")
    var pdf = false

    func validate() throws {
      if vary.isEmpty { throw ValidationError("Give at least one --vary KEY=V1,V2.") }
      // Syntax and keys are checked against the defaults here; values again against the scenario file in run().
      _ = try matrix(base: Scenario())
    }

    func matrix(base: Scenario) throws -> WhatIfMatrix {
      do {
        return try WhatIfMatrix(base: base, variations: try vary.map(ScenarioVariation.init(argument:)))
      } catch let error as ScenarioVariationError {
        throw ValidationError(error.localizedDescription)
      }
    }

    func run() throws {
      let context = RenderContext.current(toolVersion: ContainerFit.version)
      let columnMapping = try options.columnMapping()
      let matrix = try matrix(base: try options.loadScenario())
      // Each variant's scenario checked by the run it makes before any input is read.
      for variant in matrix.variants { _ = try options.assessmentRun(variant.scenario, context: context) }
      let estate = try Console.loading { try InventoryLoader(mapping: columnMapping).load(options.inputs) }
      if !options.quiet { Console.printDiagnostics(estate) }
      let outcomes = try AssessmentRun.whatIf(matrix, estate: estate, context: context)
      let documents = outcomes.map(AssessmentDocument.init)
      let study = WhatIfStudy(
        baseRunId: context.runId, baseScenarioName: matrix.base.name,
        keys: try vary.map { try ScenarioVariation(argument: $0).key },
        rows: zip(matrix.variants, documents).map { WhatIfRow(variant: $0, document: $1) })
      let folder = out ?? "Reports/whatif-\(context.runId)"
      var writer = WhatIfReportWriter(toolVersion: ContainerFit.version, templatesFolder: options.templates)
      (writer.paper, writer.pdf, writer.printDate) = (options.paper, pdf, context.createdAt)
      let written = try Console.loading { try writer.write(study, to: folder) }
      try options.record(outcomes, createdAt: context.createdAt)
      if !options.quiet { Console.out(Self.summary(study, files: written)) }
    }

    static func summary(_ study: WhatIfStudy, files: [String]) -> String {
      var lines = ["What-if \(study.baseRunId): \(study.rows.count) scenarios over \(study.baseScenarioName)."]
      for (index, row) in study.rows.enumerated() {
        let mark = index == study.bestIndex ? "*" : " "
        lines.append(
          "\(mark) v\(row.number) \(row.label): \(row.hosts) hosts (lower bound \(row.lowerBoundHosts)), "
            + "cost \(row.currency) \(Int(row.targetAnnualCost.rounded())), "
            + "savings \(row.currency) \(Int(row.annualSavings.rounded())) [\(row.runId)]")
      }
      if let best = study.best { lines.append("Best by savings: v\(best.number) (\(best.label)).") }
      lines.append("Wrote:")
      lines += files.map { "  " + $0 }
      return lines.joined(separator: "\n")
    }
  }
}
