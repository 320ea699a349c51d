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
}
