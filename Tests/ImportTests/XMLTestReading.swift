import ContainerFitImport
import ContainerFitModel
import Foundation

/// What one read of an XML inventory produced, for the XML reader tests.
struct XMLTestReading {
  var records: [RawRecord] = []
  var diagnostics: [Diagnostic] = []

  var servers: [RawRecord] { records.filter { $0.kind == .server } }
  var applications: [RawRecord] { records.filter { $0.kind == .application } }

  /// Reads a fixture named after the test (`Fixtures/<name>.xml`).
  static func fixture(_ name: String) throws -> XMLTestReading {
    guard let url = Bundle.module.url(forResource: name, withExtension: "xml", subdirectory: "Fixtures") else {
      throw CocoaError(.fileNoSuchFile)
    }
    return try read(InputFile(path: "\(name).xml", url: url.path))
  }

  /// Writes `text` to a temporary file named `name` and reads it.
  static func text(_ text: String, name: String = "inventory.xml") throws -> XMLTestReading {
    let url = try temporaryFile(name, contents: Data(text.utf8))
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    return try read(InputFile(path: name, url: url.path))
  }

  static func read(_ input: InputFile) throws -> XMLTestReading {
    var reading = XMLTestReading()
    try XMLInventoryReader().read(
      input, emit: { reading.records.append($0) }, diagnose: { reading.diagnostics.append($0) })
    return reading
  }

  /// A new file in a fresh temporary folder.
  static func temporaryFile(_ name: String, contents: Data) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xml-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try contents.write(to: url)
    return url
  }
}

extension RawRecord {
  // `place(of:)` is declared once, in CSVFixture.swift.

  /// Where the record starts, as `line:column`.
  var place: String { "\(location.line ?? 0):\(location.column ?? 0)" }

  /// The free-form attributes as a dictionary.
  var attributeMap: [String: String] {
    Dictionary(attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
  }
}
