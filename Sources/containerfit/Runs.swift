import ArgumentParser
import ContainerFitHistory
import Foundation

extension ContainerFit {
  /// `containerfit runs list | show RUN | delete RUN`: the run history.
  struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List, show or delete the runs recorded in the history.",
      subcommands: [List.self, Show.self, Delete.self])

    struct HistoryOption: ParsableArguments {
      @Option(help: "Run history database, relative to the current folder.")
      var history: String = RunHistory.defaultPath

      func open() throws -> RunHistory {
        guard FileManager.default.fileExists(atPath: history) else {
          Console.err("error: \(history): no run history here yet; `containerfit assess` records one.")
          throw ExitCode.failure
        }
        return try Console.loading { try RunHistory(path: history) }
      }
    }

    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "List the recorded runs, newest first.")

      @OptionGroup var options: HistoryOption

      @Flag(help: "Print a JSON array of runs: id, createdAt, name, summary.")
      var json = false

      func run() throws {
        let rows = try Console.loading { try options.open().list() }
        if json {
          Console.out(try RunsListing(rows).jsonText())
        } else {
          Console.out(RunsListing(rows).text())
        }
      }
    }

    struct Show: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Show one run: its inputs, scenario and summary.")

      @OptionGroup var options: HistoryOption

      @Argument(help: "The run id (or a unique prefix of it).")
      var runID: String

      func run() throws {
        let history = try options.open()
        guard let record = try Console.loading({ try history.run(id: runID) }) else {
          Console.err("error: \(options.history): no run '\(runID)'; `containerfit runs list` shows the runs.")
          throw ExitCode.failure
        }
        Console.out(RunsListing.describe(record))
      }
    }

    struct Delete: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Delete one run from the history.")

      @OptionGroup var options: HistoryOption

      @Argument(help: "The run id (or a unique prefix of it).")
      var runID: String

      func run() throws {
        let history = try options.open()
        guard try Console.loading({ try history.delete(id: runID) }) else {
          Console.err("error: \(options.history): no run '\(runID)'; `containerfit runs list` shows the runs.")
          throw ExitCode.failure
        }
        Console.out("Deleted run \(runID).")
      }
    }
  }
}
