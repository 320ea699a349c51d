import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class ScenarioOverrideTests: AssessmentTestCase {
  func testWeightOverrideChangesPointsAndScore() {
    var scenario = Self.windowsContainers
    scenario.scoring.weights["registry-write"] = 40
    let assessed = assess(.fixture(registryState: .some(.write)), scenario: scenario)
    XCTAssertEqual(assessed.findings.first?.points, 40)
    XCTAssertEqual(assessed.score, 60)
    XCTAssertEqual(assessed.verdict, .minor)
  }

  func testEffortOverrideChangesEffort() {
    var scenario = Self.windowsContainers
    scenario.scoring.effortDays["registry-write"] = 8
    let assessed = assess(.fixture(registryState: .some(.write)), scenario: scenario)
    XCTAssertEqual(assessed.effortDays, 3 + 8, "the baseline plus the overridden remedy")
  }

  func testBandsOverrideChangesVerdicts() {
    let app = Application.fixture(registryState: .some(.write))
    XCTAssertEqual(assess(app).verdict, .ready)
    var scenario = Self.windowsContainers
    scenario.scoring.bands.ready = 90
    scenario.scoring.bands.minor = 85
    XCTAssertEqual(assess(app, scenario: scenario).verdict, .minor)
  }

  func testUnknownFindingIdIsRejectedNamingTheKey() {
    var scenario = Self.windowsContainers
    scenario.scoring.weights["registry-wrte"] = 10
    XCTAssertThrowsError(try Assessor(scenario: scenario)) { error in
      XCTAssertEqual((error as? ScoringError)?.key, "scoring.weights.registry-wrte")
      XCTAssertTrue(error.localizedDescription.contains("scoring.weights.registry-wrte"))
    }
    var effort = Scenario()
    effort.scoring.effortDays["nope"] = 1
    XCTAssertThrowsError(try RuleRegistry.validate(effort.scoring)) { error in
      XCTAssertEqual(error as? ScoringError, .unknownFindingId(key: "scoring.effort_days.nope", id: "nope"))
    }
  }

  func testBadValuesAreRejectedNamingTheKey() {
    var scenario = Self.windowsContainers
    scenario.scoring.weights["gui-optional"] = -1
    XCTAssertThrowsError(try RuleRegistry.validate(scenario.scoring)) { error in
      XCTAssertEqual((error as? ScoringError)?.key, "scoring.weights.gui-optional")
    }
    var bands = Scenario()
    bands.scoring.bands.minor = 90
    XCTAssertThrowsError(try RuleRegistry.validate(bands.scoring)) { error in
      XCTAssertEqual((error as? ScoringError)?.key, "scoring.bands")
    }
  }

  /// A scoring value out of range is reported with the same key whether the scenario comes from a
  /// file (the loader's check) or is made in code (the assessor's).
  func testLoaderAndAssessorRejectTheSameScoringValues() {
    var weight = Scenario()
    weight.scoring.weights["gui-optional"] = 101
    var effort = Scenario()
    effort.scoring.effortDays["gui-optional"] = .infinity
    var bands = Scenario()
    bands.scoring.bands.major = -1
    for scenario in [weight, effort, bands] {
      var fromFile: String?
      XCTAssertThrowsError(try scenario.validate(file: "s.yaml")) { error in
        if case .badValue(_, let key, _)? = error as? ScenarioError { fromFile = key }
      }
      XCTAssertThrowsError(try RuleRegistry.validate(scenario.scoring)) { error in
        XCTAssertEqual((error as? ScoringError)?.key, fromFile)
      }
    }
  }

  func testScoreIsFlooredAtZero() {
    let app = Application.fixture(
      kind: .some(.desktop), gui: .some(.required), registryState: .some(.write), localState: .some(.data),
      dependencies: .some([.kernelDriver, .infrastructureRole]))
    XCTAssertEqual(assess(app).score, 0)
  }
}
