import ContainerFitModel

/// One scenario of a what-if: the base scenario with one value of each varied key.
public struct WhatIfVariant: Sendable, Hashable {
  /// 1-based position in the matrix; the run id of the variant ends in `-v<number>`.
  public var number: Int
  public var assignments: [ScenarioVariation.Assignment]
  public var scenario: Scenario

  public init(number: Int, assignments: [ScenarioVariation.Assignment], scenario: Scenario) {
    self.number = number
    self.assignments = assignments
    self.scenario = scenario
  }

  /// `host.shape=m5.2xlarge, isolation=process`.
  public var label: String { assignments.map(\.text).joined(separator: ", ") }

  /// The parts of the scenario the assessment reads (scores, verdicts, isolation and container build);
  /// variants equal here share one scoring of the estate. `WhatIfAssessmentKeyTests` changes every
  /// scenario value in turn and fails when one that changes the assessment is missing here.
  var assessmentKey: Scenario {
    var key = Scenario()
    key.scoring = scenario.scoring
    key.isolation = scenario.isolation
    key.allowedHostBuilds = scenario.allowedHostBuilds
    key.platform = scenario.platform
    key.targets = scenario.targets
    key.migration = scenario.migration
    // Each moving application's effort starts from the baseline; the platform days and the day rate
    // enter only the summary, made for each variant.
    key.effort.baselineDays = scenario.effort.baselineDays
    return key
  }
}
