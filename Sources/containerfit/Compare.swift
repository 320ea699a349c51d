import ArgumentParser
import ContainerFitHistory
import ContainerFitReporting
import ContainerFitRun
import Foundation

extension ContainerFit {
  /// `containerfit compare RUN_A RUN_B`: what changed from one run to another.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compare two runs and write compare.html and compare.md.",
      discussion: """
        A run is a run id from the history (or a unique prefix of it), or a run folder or assessment.json \
        (a run a colleague sent). Shows headline deltas, verdict movements, the applications whose score or \
        verdict changed with the findings that appeared or went, applications added or removed, and the \
        scenario keys that differ.
        """)

    @Argument(help: "The run before: a run id, a run folder or an assessment.json.")
    var runA: String

    @Argument(help: "The run after: a run id, a run folder or an assessment.json.")
    var runB: String

    @Option(help: "Folder for compare.html and compare.md (default: Reports/compare-<run-a>-<run-b>).")
    var out: String?

    @Option(help: "Run history database, relative to the current folder.")
    var history: String = RunHistory.defaultPath

    @Option(help: "Folder of Mustache templates overriding the shipped ones (same file names).")
    var templates: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Also print compare.pdf with headless Chromium.")
    var pdf = false

    @Option(help: "Paper of the printed page and of the PDF: a4 or letter.")
    var paper: PrintSettings.Paper = .a4

    func run() throws {
      let before = try snapshot(runA)
      let after = try snapshot(runB)
      let comparison = RunComparison(before: before, after: after)
      let folder = out ?? "Reports/compare-\(before.id)-\(after.id)"
      var writer = ComparisonReportWriter(toolVersion: ContainerFit.version, templatesFolder: templates)
      writer.paper = paper
      writer.pdf = pdf
      writer.printDate = RenderContext.current(toolVersion: ContainerFit.version).createdAt
      let written = try Console.loading { try writer.write(comparison, to: folder) }
      if !quiet { Console.out(Self.summary(comparison, files: written)) }
    }

    /// A path that exists is a run folder or assessment.json; anything else is a run id.
    private func snapshot(_ run: String) throws -> RunSnapshot {
      do {
        if FileManager.default.fileExists(atPath: run) { return try RunSnapshot(contentsOf: run) }
        guard FileManager.default.fileExists(atPath: history) else { throw RunSnapshotError.notFound(path: run) }
        guard let record = try Console.loading({ try RunHistory(path: history).run(id: run) }) else {
          throw RunSnapshotError.notFound(path: run)
        }
        return try RunSnapshot(record)
      } catch let error as RunSnapshotError {
        Console.err("error: \(error.localizedDescription)")
        throw ExitCode.failure
      } catch let error as DecodingError {
        Console.err("error: \(history): run '\(run)' has a summary or findings this version cannot read (\(error)).")
        throw ExitCode.failure
      }
    }

    static func summary(_ comparison: RunComparison, files: [String]) -> String {
      let currency = comparison.after.summary.licensing.currency
      func line(_ label: String, money: Bool = false) -> String {
        guard let delta = comparison.delta(label) else { return label }
        func figure(_ value: Double) -> String { (money ? currency + " " : "") + String(Int(value.rounded())) }
        let change = delta.change.rounded()
        let sign = change > 0 ? "+" : ""
        return "\(label.lowercased()) \(figure(delta.before)) → \(figure(delta.after)) (\(sign)\(Int(change)))"
      }
      var lines = [
        "Compared \(comparison.before.id) → \(comparison.after.id).",
        [line("Applications"), line("Container hosts"), line("Lower bound hosts")].joined(separator: "; ") + ".",
        [line("Annual savings", money: true), line("Effort, likely (days)")].joined(separator: "; ") + ".",
        "Verdicts: "
          + ["Ready", "Minor", "Major", "Insufficient data", "Unsuitable"].map { line($0) }.joined(separator: ", ")
          + ".",
        "\(comparison.changed.count) applications changed score or verdict (\(comparison.improved) to a better "
          + "verdict, \(comparison.worsened) to a worse one); \(comparison.added.count) added, "
          + "\(comparison.removed.count) removed; \(comparison.scenarioDifferences.count) scenario keys differ.",
        "Wrote:",
      ]
      lines += files.map { "  " + $0 }
      return lines.joined(separator: "\n")
    }
  }
}
