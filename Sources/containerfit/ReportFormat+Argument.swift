import ArgumentParser
import ContainerFitReporting

/// A format is named on the command line by its raw value (`html`); the help lists every case.
extension ReportFormat: ExpressibleByArgument {
  /// `--formats html,csv`: names separated by commas, in the order given, case and spaces ignored.
  /// An unknown or missing name is a usage error that lists the names there are.
  static func list(_ argument: String) throws -> [ReportFormat] {
    let names = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    let formats = try names.map { name in
      guard let format = ReportFormat(argument: name) else {
        throw ValidationError("Unknown format '\(name)'; use any of: \(allValueStrings.joined(separator: ", ")).")
      }
      return format
    }
    if formats.isEmpty {
      throw ValidationError("No format named; use any of: \(allValueStrings.joined(separator: ", ")).")
    }
    return formats
  }
}

/// `--paper a4` or `--paper letter`.
extension PrintSettings.Paper: ExpressibleByArgument {}
