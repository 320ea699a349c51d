import ArgumentParser
import ContainerFitHistory
import ContainerFitImport
import ContainerFitModel
import ContainerFitReporting
import Foundation

/// The one place in containerfit's code that writes to stdout and stderr (the progress line draws
/// through it too; only the argument parser prints its own usage errors and help), and that turns
/// fatal errors into exit code 1.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  static func err(_ text: String) {
    errVerbatim(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Writes `text` to stderr as it is, without ending the line: for the progress line, which
  /// redraws itself in place.
  static func errVerbatim(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Every rejection, then every warning, as `file:line:column: severity: message`.
  static func printDiagnostics(_ estate: Estate) {
    var text = ""
    for diagnostic in estate.rejections + estate.warnings { text += diagnostic.description + "\n" }
    if !text.isEmpty { errVerbatim(text) }
  }

  /// Runs work whose failure is a fatal input or scenario error: prints one line, exits 1.
  static func loading<T>(_ work: () throws -> T) throws -> T {
    do {
      return try work()
    } catch let error as ImportError {
      err("error: \(error.description)")
      throw ExitCode.failure
    } catch let error as ColumnMappingError {
      err("error: \(error.localizedDescription)")
      throw ExitCode.failure
    } catch let error as ScenarioError {
      err("error: \(error.localizedDescription)")
      throw ExitCode.failure
    } catch let error as ReportError {
      err("error: \(error.localizedDescription)")
      throw ExitCode.failure
    } catch let error as HistoryError {
      err("error: \(error.localizedDescription)")
      throw ExitCode.failure
    } catch let error as ReportOutputError {
      err("error: \(error.localizedDescription)")
      throw ExitCode.failure
    }
  }
}
