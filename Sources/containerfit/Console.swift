import ArgumentParser
import ContainerFitHistory
import ContainerFitImport
import ContainerFitModel
import ContainerFitReporting
import Foundation

/// The one place that writes to stdout and stderr and turns fatal errors into exit code 1.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  /// Every rejection, then every warning, as `file:line:column: severity: message`.
  static func printDiagnostics(_ estate: Estate) {
    var text = ""
    for diagnostic in estate.rejections + estate.warnings { text += diagnostic.description + "\n" }
    if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
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
