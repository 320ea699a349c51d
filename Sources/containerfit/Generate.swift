import ArgumentParser
import ContainerFitImport

extension ContainerFit {
  /// `containerfit generate`: a seeded synthetic estate for demos, tests and benchmarks.
  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a realistic synthetic estate in the canonical format (deterministic for a seed).")

    @Option(help: "Number of servers.")
    var servers: Int

    @Option(help: "Applications per server.")
    var appsPerServer: Int = 10

    @Option(help: "Random seed: the same seed gives the same file.")
    var seed: UInt64 = 1

    @Option(help: "Output format: csv, json, jsonl or xml.")
    var format: InventoryWriter.Format = .csv

    @Option(help: "The file to write.")
    var out: String

    func validate() throws {
      guard servers > 0 else { throw ValidationError("--servers must be at least 1.") }
      guard appsPerServer >= 0 else { throw ValidationError("--apps-per-server must not be negative.") }
    }

    func run() throws {
      let generator = EstateGenerator(servers: servers, appsPerServer: appsPerServer, seed: seed)
      do {
        try InventoryWriter.write(generator, format: format, to: out)
      } catch {
        Console.err("error: \(out): cannot write the file: \(error.localizedDescription)")
        throw ExitCode.failure
      }
    }
  }
}

extension InventoryWriter.Format: ExpressibleByArgument {}
