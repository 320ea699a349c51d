import ContainerFitAssessment

/// What the report says about each finding id across the estate: its rule, title and the
/// remediation of its first occurrence (the same finding id carries the same advice), and the
/// effort in force for the id (an occurrence another finding's remedy covers shows 0 days).
struct FindingCatalogue {
  struct Entry {
    var rule, title, remediation: String
    var effortDays: Double
    var blocker: Bool
  }

  let entries: [String: Entry]

  /// `effortOverrides`: the scenario's `scoring.effort_days`, over the rules' defaults. `idCount`,
  /// when known (the summary's `findingCounts.count`), is how many distinct finding ids the run
  /// raised: the scan stops once it has found them all, usually within the first few hundred
  /// applications, instead of reading every finding of a large estate.
  init(_ assessed: [AssessedApplication], idCount: Int? = nil, effortOverrides: [String: Double] = [:]) {
    let effort = RuleRegistry.defaultEffortDays.merging(effortOverrides) { _, override in override }
    var entries: [String: Entry] = [:]
    // By index: `for app in assessed` would copy each application, retaining every string it holds.
    for index in assessed.indices {
      for finding in assessed[index].findings where entries[finding.id] == nil {
        entries[finding.id] = Entry(
          rule: finding.rule, title: RuleRegistry.title(ofFinding: finding.id),
          remediation: finding.remediation, effortDays: effort[finding.id] ?? finding.effortDays,
          blocker: finding.isBlocker)
      }
      if entries.count == idCount ?? RuleRegistry.findingDefaults.count { break }
    }
    self.entries = entries
  }
}
