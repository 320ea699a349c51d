import ArgumentParser
import ContainerFitImport
import ContainerFitModel
import Foundation

extension ContainerFit {
  /// `containerfit validate INPUT...`: parse and join, report what would be rejected and the gaps.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Parse and join inventories; print rejected records, warnings and data gaps without assessing.")

    @Argument(help: "Inventory files or folders (every inventory file inside, sorted by path).")
    var inputs: [String] = []

    @Option(help: "A column mapping file (YAML) for CSV files in no known shape.")
    var mapping: String?

    @Option(help: "Print a starting column mapping guessed from this CSV file's header, and stop.")
    var suggestMapping: String?

    @Flag(help: "Print the outcome as one JSON object on stdout.")
    var json = false

    @Flag(help: "Do not print each rejection and warning on stderr.")
    var quiet = false

    func validate() throws {
      if inputs.isEmpty, suggestMapping == nil {
        throw ValidationError("Give at least one inventory file or folder.")
      }
    }

    func run() throws {
      if let suggestMapping {
        Console.out(try Console.loading { try MappingSuggester.suggest(forFile: suggestMapping) })
        return
      }
      let columnMapping = try mapping.map { path in try Console.loading { try ColumnMapping.load(path: path) } }
      let estate = try Console.loading { try InventoryLoader(mapping: columnMapping).load(inputs) }
      if !quiet { Console.printDiagnostics(estate) }
      if json {
        Console.out(try ValidationReport(estate).jsonText())
      } else {
        Console.out(ValidationReport(estate).text())
      }
    }
  }
}
