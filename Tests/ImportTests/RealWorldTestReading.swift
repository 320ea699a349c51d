import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitImport

/// What one adapter read from one file.
struct AdapterReadResult {
  var records: [RawRecord]
  var diagnostics: [Diagnostic]
}

/// The path of `Fixtures/<name>`.
func fixturePath(_ name: String) throws -> String {
  let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
  return url.path
}

/// Reads a fixture with an adapter.
func readFixture(_ name: String, with reader: any InventoryReader) throws -> AdapterReadResult {
  var result = AdapterReadResult(records: [], diagnostics: [])
  try reader.read(
    InputFile(path: name, url: try fixturePath(name)), emit: { result.records.append($0) },
    diagnose: { result.diagnostics.append($0) })
  return result
}

/// The folder of the real-world sample delivery.
let realWorldSamples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Inventories/real-world").path

extension RawRecord {
  /// A field's value as text, numbers as written back.
  func value(_ field: Field) -> String? { text(of: field) }
}
