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
    var inputs: [String]

    @Flag(help: "Print the outcome as one JSON object on stdout.")
    var json = false

    @Flag(help: "Do not print each rejection and warning on stderr.")
    var quiet = false

    func validate() throws {
      if inputs.isEmpty { throw ValidationError("Give at least one inventory file or folder.") }
    }

    func run() throws {
      let estate = try Console.loading { try InventoryLoader().load(inputs) }
      if !quiet { Console.printDiagnostics(estate) }
      if json {
        Console.out(try ValidationReport(estate).jsonText())
      } else {
        Console.out(ValidationReport(estate).text())
      }
    }
  }
}
