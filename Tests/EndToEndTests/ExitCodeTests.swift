import Foundation
import XCTest

/// The exit codes and message shapes docs/cli.md promises: 0 done (rejections are reported, not
/// fatal), 1 a fatal input error as one `error:` line, 64 bad usage.
final class ExitCodeTests: XCTestCase {
  private func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("containerfit-exit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  func testRejectedRecordsStillExitZeroWithCompilerStyleLines() throws {
    let result = try CommandRunner.run(["validate", "Inventories/harbourline"])
    XCTAssertEqual(result.status, 0)
    let lines = result.stderr.split(separator: "\n")
    let committed = try SampleEstate.committedSummary()
    XCTAssertEqual(lines.count, (committed["rejected"] ?? 0) + (committed["warnings"] ?? 0), result.stderr)
    let shape = try NSRegularExpression(pattern: #"^[^:]+:\d+:\d+: (warning|rejected): .+$"#)
    for line in lines {
      let text = String(line)
      XCTAssertNotNil(shape.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), text)
    }
  }

  func testEmptyFileExitsOneWithOneErrorLine() throws {
    let folder = try scratchFolder()
    FileManager.default.createFile(atPath: folder.appendingPathComponent("empty.csv").path, contents: Data())
    let result = try CommandRunner.run(["validate", "empty.csv"], in: folder)
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.stderr, "error: empty.csv: not an inventory file: the file is empty\n")
    XCTAssertEqual(result.stdout, "")
  }

  func testMalformedJSONExitsOneNamingLineAndColumn() throws {
    let folder = try scratchFolder()
    try Data(#"{"applications":[{"app_id":"A1","server_id":"S1","name":"x""#.utf8)
      .write(to: folder.appendingPathComponent("cut.json"))
    let result = try CommandRunner.run(["validate", "cut.json"], in: folder)
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.stderr, "error: cut.json:1:60: the file ends inside an object\n")
  }

  func testFIFOInAFolderExitsOneInsteadOfHanging() throws {
    let folder = try scratchFolder()
    let estate = folder.appendingPathComponent("estate")
    try FileManager.default.createDirectory(at: estate, withIntermediateDirectories: true)
    XCTAssertEqual(mkfifo(estate.appendingPathComponent("pipe.csv").path, 0o644), 0)
    let result = try CommandRunner.run(["validate", "estate"], in: folder)
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(
      result.stderr, "error: estate/pipe.csv: cannot be read: not a regular file (a pipe, socket or device)\n")
  }

  func testUsageErrorsExitSixtyFourWithTheUsageLine() throws {
    let missing = try CommandRunner.run(["validate"])
    XCTAssertEqual(missing.status, 64)
    XCTAssertTrue(missing.stderr.hasPrefix("Error: Give at least one inventory file or folder.\n"), missing.stderr)
    XCTAssertTrue(missing.stderr.contains("Usage: containerfit validate [<inputs> ...]"), missing.stderr)
    let servers = try CommandRunner.run(["generate", "--servers", "0", "--out", "x.csv"])
    XCTAssertEqual(servers.status, 64)
    XCTAssertTrue(servers.stderr.hasPrefix("Error: --servers must be at least 1.\n"), servers.stderr)
    let format = try CommandRunner.run(["generate", "--servers", "1", "--format", "yaml", "--out", "x.csv"])
    XCTAssertEqual(format.status, 64)
    XCTAssertTrue(format.stderr.hasPrefix("Error: The value 'yaml' is invalid for '--format <format>'."), format.stderr)
  }

  func testGenerateThatCannotWriteExitsOne() throws {
    let result = try CommandRunner.run(["generate", "--servers", "1", "--out", "/proc/containerfit.csv"])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.hasPrefix("error: /proc/containerfit.csv: cannot write the file: "), result.stderr)
    XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1)
  }
}
