import Foundation
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The snapshot folder in the source tree, so recording writes golden files into the repository.
private let snapshotsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Snapshots")

/// Compares `actual` byte for byte with `Snapshots/<name>`. Records the file only when
/// `RECORD_SNAPSHOTS=1`; when it is missing or differs, fails and writes `<name>.actual` beside it so
/// `diff` shows the change (a missing snapshot is a failure: a test whose golden file went astray
/// would otherwise pass whatever it renders).
func assertSnapshot(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
  let expectedURL = snapshotsFolder.appendingPathComponent(name)
  let actualURL = snapshotsFolder.appendingPathComponent(name + ".actual")
  let actualData = Data(actual.utf8)
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    do {
      try actualData.write(to: expectedURL)
      try? FileManager.default.removeItem(at: actualURL)
    } catch {
      XCTFail("Cannot record snapshot \(expectedURL.path): \(error)", file: file, line: line)
    }
    return
  }
  let expected = try? Data(contentsOf: expectedURL)
  if expected == actualData {
    try? FileManager.default.removeItem(at: actualURL)
    return
  }
  try? actualData.write(to: actualURL)
  let problem = expected == nil ? "is missing" : "differs; see diff \(expectedURL.path) \(actualURL.path)"
  XCTFail(
    "Snapshot \(name) \(problem) (the output is in \(actualURL.lastPathComponent); RECORD_SNAPSHOTS=1 records it).",
    file: file, line: line)
}

/// Parses `text` as XML with Foundation's parser; returns the parse error, or nil when well-formed.
func xmlParseError(_ text: String) -> Error? {
  let parser = XMLParser(data: Data(text.utf8))
  return parser.parse() ? nil : (parser.parserError ?? CocoaError(.coderReadCorrupt))
}

/// A fresh empty folder for one test, removed by the caller.
func makeScratchFolder() throws -> String {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("reporting-tests-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}
