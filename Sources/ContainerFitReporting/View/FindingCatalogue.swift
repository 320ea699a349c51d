import ContainerFitAssessment

/// What the report says about each finding id across the estate: its rule, title and the
/// remediation and effort of its first occurrence (the same finding id carries the same advice).
struct FindingCatalogue {
  struct Entry {
    var rule, title, remediation: String
    var effortDays: Double
    var blocker: Bool
  }

  let entries: [String: Entry]

  init(_ assessed: [AssessedApplication]) {
    var entries: [String: Entry] = [:]
    for app in assessed {
      for finding in app.findings where entries[finding.id] == nil {
        entries[finding.id] = Entry(
          rule: finding.rule, title: RuleRegistry.title(ofFinding: finding.id),
          remediation: finding.remediation, effortDays: finding.effortDays, blocker: finding.isBlocker)
      }
      if entries.count == RuleRegistry.findingDefaults.count { break }
    }
    self.entries = entries
  }
}
