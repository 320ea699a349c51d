import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitImport

/// Reads JSON inputs in tests and collects what readers hand out.
enum JSONTestHarness {
  struct Outcome {
    var records: [RawRecord] = []
    var diagnostics: [Diagnostic] = []

    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    var rejections: [Diagnostic] { diagnostics.filter { $0.severity == .rejection } }
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func write(_ text: String, name: String) throws -> String {
    try write(Array(text.utf8), name: name)
  }

  static func write(_ bytes: [UInt8], name: String) throws -> String {
    let folder = scratch.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The folder of this test process's files, removed when the process exits: the tests read the
  /// files by path, up to the end of the test that wrote them, and a test run leaves nothing behind.
  private static let scratch: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "json-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    atexit { try? FileManager.default.removeItem(at: JSONTestHarness.scratch) }
    return folder
  }()

  /// The path of a fixture named after a test.
  static func fixture(_ name: String, _ ext: String) throws -> String {
    let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
    return url.path
  }

  static func read(_ reader: some InventoryReader, path: String, shownAs shown: String = "in.json") throws -> Outcome {
    var outcome = Outcome()
    try reader.read(
      InputFile(path: shown, url: path), emit: { outcome.records.append($0) },
      diagnose: { outcome.diagnostics.append($0) })
    return outcome
  }

  /// Every token of a text with its line and column, read with the given chunk size.
  static func tokens(_ text: String, chunkSize: Int = 1 << 20, lineMode: Bool = false) throws -> [String] {
    let path = try write(text, name: "tokens.json")
    var tokenizer = try JSONTokenizer.open(path: path, file: "t", chunkSize: chunkSize, lineMode: lineMode)
    var out: [String] = []
    while true {
      let token = try tokenizer.next()
      out.append("\(tokenizer.tokenLine):\(tokenizer.tokenColumn) \(token)")
      if token == .endOfInput { return out }
    }
  }

  /// The error a text raises, as `line:column reason`.
  static func failure(_ text: String, chunkSize: Int = 1 << 20) throws -> String? {
    do {
      _ = try tokens(text, chunkSize: chunkSize)
      return nil
    } catch ImportError.malformed(let location, let reason) {
      return "\(location.line ?? 0):\(location.column ?? 0) \(reason)"
    }
  }
}

extension RawRecord {
  /// `field=value` pairs in order, for compact assertions.
  var summary: [String] { fields.map { "\($0.field.rawValue)=\($0.value)" } }
}
