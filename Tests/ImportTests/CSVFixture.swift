import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitImport

/// What reading one CSV fixture produced.
struct CSVReadResult {
  var records: [RawRecord]
  var diagnostics: [Diagnostic]

  var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
  var rejections: [Diagnostic] { diagnostics.filter { $0.severity == .rejection } }

  /// Every record as one line of text (kind, line, fields with their places, attributes), to
  /// compare whole reads.
  var transcript: [String] {
    records.map { record in
      let fields = record.fields.map { "\($0.field.rawValue)=\(quoted($0.value))@\($0.location)" }
      let attributes = record.attributes.map { "\($0.name)=\($0.value)" }
      return "\(record.kind) \(record.location) comma=\(record.decimalComma) "
        + (fields + attributes).joined(separator: " ")
    } + diagnostics.map(\.description)
  }

  private func quoted(_ value: RawValue) -> String {
    if case .text(let text) = value { return "[\(text)]" }
    return "\(value)"
  }
}

/// Reads `Fixtures/<name>.csv`; locations name the file as `<name>.csv`.
func readCSVFixture(_ name: String, chunkSize: Int = 1 << 20) throws -> CSVReadResult {
  let input = try csvFixtureInput(name)
  var result = CSVReadResult(records: [], diagnostics: [])
  try CSVReader(chunkSize: chunkSize).read(
    input, emit: { result.records.append($0) }, diagnose: { result.diagnostics.append($0) })
  return result
}

/// The input of `Fixtures/<name>.csv`.
func csvFixtureInput(_ name: String) throws -> InputFile {
  let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures"))
  return InputFile(path: "\(name).csv", url: url.path)
}

extension RawRecord {
  /// Where the value of `field` was found, as `line:column`.
  func place(of field: Field) -> String? {
    guard let location = fields.first(where: { $0.field == field })?.location else { return nil }
    return "\(location.line.map(String.init) ?? "?"):\(location.column.map(String.init) ?? "?")"
  }

  /// The value of a free-form attribute.
  func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}
