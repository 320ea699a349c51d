import Foundation
import XCTest

/// `--timings` prints one line per finished stage on stderr, also into a pipe; without it a pipe
/// gets no progress at all.
final class AssessTimingsTests: XCTestCase {
  func testTimingsListEveryStageOnceAndNothingElseGoesToStderr() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("containerfit-t-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let arguments = [
      "assess", "Inventories/harbourline", "--quiet", "--formats", "json", "--history",
      folder.appendingPathComponent("h.sqlite").path, "--out", folder.appendingPathComponent("out").path,
    ]
    let timed = try CommandRunner.run(arguments + ["--timings"])
    XCTAssertEqual(timed.status, 0, timed.stderr)
    let stages = timed.stderr.split(separator: "\n").map { line in
      String(line.drop { $0 != "]" }.dropFirst(2).prefix { $0 != ":" })
    }
    XCTAssertEqual(
      stages,
      ["reading inventories", "scoring applications", "planning hosts", "writing reports", "recording the run"],
      timed.stderr)
    XCTAssertFalse(timed.stderr.contains("\u{1B}"), "no terminal control sequences into a pipe")
    XCTAssertEqual(timed.stderr.components(separatedBy: " GB\n").count, 6, "each line ends with the peak memory")
    XCTAssertTrue(timed.stderr.contains("reading inventories: 203 records in "), timed.stderr)

    let plain = try CommandRunner.run(arguments)
    XCTAssertEqual(plain.status, 0, plain.stderr)
    XCTAssertEqual(plain.stderr, "")
  }
}
