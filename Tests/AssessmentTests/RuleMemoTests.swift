import ContainerFitAssessment
import ContainerFitImport
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

/// A rule's `memoKey` must name everything its findings depend on: the assessor hands every
/// application with the same key the findings of the first one.
final class RuleMemoTests: AssessmentTestCase {
  func testApplicationsWithTheSameMemoKeyGetTheSameFindings() {
    var hyperv = Scenario()
    hyperv.isolation = .hyperv
    var newer = Scenario()
    newer.allowedHostBuilds = [20348, 26100]
    let rules = RuleRegistry.all.map { $0.init() }
    for scenario in [Scenario(), hyperv, newer] {
      let assessor = assessor(scenario)
      var rng = SeededGenerator(seed: 11)
      var seen: [String: [RuleMemoKey: [Finding]]] = [:]
      var reused = 0
      for index in 0..<4_000 {
        let (app, server) = AssessorTests.randomApp(index, using: &rng)
        let context = RuleContext(
          server: server, scenario: scenario, placement: Placement.decide(for: app, on: server, scenario: scenario),
          weights: assessor.weights, effortDays: assessor.effortDays, asOf: assessor.asOf,
          missingFields: ConfidenceEstimator.missingAssessedFields(app, on: server), runtime: app.parsedRuntime,
          serverRoles: ServerRole.roles(of: app, runtime: app.parsedRuntime))
        for rule in rules {
          guard let key = rule.memoKey(app, in: context) else { continue }
          let id = type(of: rule).id
          let findings = rule.evaluate(app, in: context)
          if let earlier = seen[id]?[key] {
            XCTAssertEqual(findings, earlier, "rule \(id), app \(index), key \(key)")
            reused += 1
          } else {
            seen[id, default: [:]][key] = findings
          }
        }
      }
      XCTAssertGreaterThan(reused, 1_000, "the random estate should repeat keys")
    }
  }

  /// The key hashes its text by length and ends only: equal keys must still hash alike, and keys
  /// whose texts differ only in the middle must stay apart in a table.
  func testKeysHashAlikeWhenEqualAndStayApartWhenTheirTextsDiffer() {
    let texts = [
      nil, "", "a", "dotnet-8", "dotnet-framework-4.8", "dotnet-framework-4.7", "dotnet-frameXork-4.8",
      "dotnet-framework-3.5", String(repeating: "x", count: 40), String(repeating: "x", count: 39) + "y",
    ]
    var table: [RuleMemoKey: Int] = [:]
    for (index, text) in texts.enumerated() {
      let key = RuleMemoKey(text: text, index, 17_763, 0, -1)
      // The same value built again, its text in storage of its own.
      let again = RuleMemoKey(text: text.map { String(decoding: Array($0.utf8), as: UTF8.self) }, index, 17_763, 0, -1)
      XCTAssertEqual(key, again)
      XCTAssertEqual(key.hashValue, again.hashValue)
      table[key] = index
    }
    XCTAssertEqual(table.count, texts.count)
    XCTAssertEqual(table[RuleMemoKey(text: "dotnet-frameXork-4.8", 6, 17_763, 0, -1)], 6)
    XCTAssertNil(table[RuleMemoKey(text: "dotnet-framework-4.8", 5, 17_763, 0, -1)])
  }
}
