import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

/// The scenarios of a what-if: the cross product of the variations' values over a base scenario, the
/// first variation changing slowest. Every value is checked on its own first, so an error names the
/// one key and value at fault.
public struct WhatIfMatrix: Sendable {
  /// More scenarios than this is a mistake on the command line, not a study.
  public static let limit = 512

  public var base: Scenario
  public var variants: [WhatIfVariant]

  /// Builds and checks every scenario; throws `ScenarioVariationError`.
  public init(base: Scenario, variations: [ScenarioVariation]) throws {
    var seen = Set<String>()
    for variation in variations where !seen.insert(variation.key).inserted {
      throw ScenarioVariationError.duplicateKey(key: variation.key)
    }
    let count = variations.reduce(1) { $0 * $1.values.count }
    if count > Self.limit { throw ScenarioVariationError.tooManyScenarios(count: count, limit: Self.limit) }
    for variation in variations {
      for assignment in variation.assignments {
        try Self.check(ScenarioVariation.apply([assignment], to: base), [assignment])
      }
    }
    var combinations: [[ScenarioVariation.Assignment]] = [[]]
    for variation in variations {
      combinations = combinations.flatMap { prefix in variation.assignments.map { prefix + [$0] } }
    }
    let namesVaried = variations.contains { $0.key == "name" }
    self.base = base
    variants = try combinations.enumerated().map { index, assignments in
      var scenario = try ScenarioVariation.apply(assignments, to: base)
      try Self.check(scenario, assignments)
      if !namesVaried {
        scenario.name = base.name + " [" + assignments.map(\.text).joined(separator: ", ") + "]"
      }
      return WhatIfVariant(number: index + 1, assignments: assignments, scenario: scenario)
    }
  }

  /// The checks only the assessor and the planner can make (finding ids, host shapes).
  private static func check(_ scenario: Scenario, _ assignments: [ScenarioVariation.Assignment]) throws {
    func fail(_ error: Error) -> ScenarioVariationError {
      let key = assignments.map(\.key).joined(separator: ", ")
      let value = assignments.map(\.value).joined(separator: ", ")
      return .badValue(key: key, value: value, detail: error.localizedDescription)
    }
    do {
      _ = try Assessor(scenario: scenario)
      _ = try Planner(scenario: scenario)
    } catch let error as ScoringError {
      throw fail(error)
    } catch let error as PlanningError {
      throw fail(error)
    }
  }
}
