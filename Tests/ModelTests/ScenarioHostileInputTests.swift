import ContainerFitModel
import Foundation
import XCTest

/// Scenario files from elsewhere are input like any other: broken or hostile ones end in one
/// `ScenarioError` naming the file and key, never in a trap, a hang or a value no plan can use.
final class ScenarioHostileInputTests: XCTestCase {
  private func message(_ text: String) -> String? {
    do {
      _ = try ScenarioLoader.decode(Data(text.utf8), file: "s.yaml")
      return nil
    } catch {
      return (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }
  }

  func testInfiniteAndNaNNumbersAreRefusedWithTheirKey() {
    XCTAssertEqual(
      message("host:\n  cores: .inf\n"), "s.yaml: bad value for scenario key 'host.cores': must be a finite number")
    XCTAssertEqual(
      message("host:\n  cores: 1e400\n"), "s.yaml: bad value for scenario key 'host.cores': must be a finite number")
    XCTAssertEqual(
      message("host:\n  reserved_memory_gb: .inf\n"),
      "s.yaml: bad value for scenario key 'host.reserved_memory_gb': must be a finite number")
    XCTAssertEqual(
      message("host:\n  hourly_price: .nan\n"),
      "s.yaml: bad value for scenario key 'host.hourly_price': must be a finite number")
    XCTAssertEqual(
      message("licensing:\n  amortization_years: .inf\n"),
      "s.yaml: bad value for scenario key 'licensing.amortization_years': must be a finite number")
    XCTAssertEqual(
      message("host:\n  cores: -4\n"), "s.yaml: bad value for scenario key 'host.cores': must be greater than 0")
  }

  func testDeeplyNestedYAMLIsASyntaxErrorNotACrash() throws {
    let deep = "allowed_host_builds: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let text = try XCTUnwrap(message(deep))
    XCTAssertTrue(text.hasPrefix("s.yaml: "), text)
    XCTAssertFalse(text.contains("\n"), text)
  }

  func testAliasExpansionBombIsRefusedQuickly() throws {
    var yaml = "a: &a [1,1,1,1,1,1,1,1,1,1]\n"
    for (previous, name) in zip("abcdefgh", "bcdefghi") {
      yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]\n"
    }
    let start = Date()
    // Yams keeps aliases as references, so the nine levels are never expanded: the first key is refused.
    XCTAssertEqual(message(yaml), "s.yaml: unknown scenario key 'a'; see docs/scenario.md for the keys.")
    let nested = "allowed_host_builds: &a [17763]\nname: *a\n"
    XCTAssertEqual(message(nested)?.hasPrefix("s.yaml: bad value for scenario key 'name'"), true)
    XCTAssertLessThan(Date().timeIntervalSince(start), 2)
  }

  func testEmptyAndBinaryFilesEndInOneLine() throws {
    XCTAssertNil(message(""), "an empty scenario is the defaults")
    let binary = try XCTUnwrap(message("\u{0}\u{1}\u{2}: \u{7F}\"\n"))
    XCTAssertTrue(binary.hasPrefix("s.yaml: "), binary)
    XCTAssertFalse(binary.contains("\n"), binary)
    XCTAssertEqual(
      message(#"{"host": {"cores": 1e400}}"#),
      "s.yaml: the scenario is not valid YAML or JSON: The given data was not valid JSON.")
  }
}
