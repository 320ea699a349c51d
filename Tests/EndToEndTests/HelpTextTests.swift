import Foundation
import XCTest

/// Help texts wrap at the terminal's width, never at a line break written into the source.
final class HelpTextTests: XCTestCase {
  func testEveryHelpParagraphIsOneLineOnAWideTerminalAndFitsANarrowOne() throws {
    for command in [
      [], ["assess"], ["validate"], ["compare"], ["whatif"], ["blueprint"], ["runs", "list"], ["generate"],
    ] {
      let wide = try CommandRunner.run(command + ["--help"], environment: ["COLUMNS": "1000"])
      XCTAssertEqual(wide.status, 0, wide.stderr)
      // On a wide terminal, a line of prose never ends with a word its next line continues: every
      // paragraph (between blank lines, before the first heading) is a single line.
      let prose = wide.stdout.components(separatedBy: "\n\n").filter {
        !$0.contains("USAGE:") && !$0.contains("OPTIONS:") && !$0.contains("ARGUMENTS:") && !$0.contains("SUBCOMMANDS:")
          && !$0.hasPrefix("  ")
      }
      for paragraph in prose {
        XCTAssertFalse(
          paragraph.trimmingCharacters(in: .newlines).contains("\n"), "\(command): a hard line break in: \(paragraph)")
      }
      let narrow = try CommandRunner.run(command + ["--help"], environment: ["COLUMNS": "60"])
      for line in narrow.stdout.split(separator: "\n") where line.count > 60 {
        // Only a usage line or a single unbreakable word may be wider than the terminal.
        XCTAssertTrue(
          line.hasPrefix("USAGE:") || !line.trimmingCharacters(in: .whitespaces).contains(" ")
            || line.contains("containerfit help"), "\(command): too wide at 60 columns: \(line)")
      }
    }
  }
}
