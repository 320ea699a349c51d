/// Everything `compare.html` and `compare.md` show, formatted and ordered: the templates only lay it out.
struct ComparisonView: Sendable {
  struct Run: Sendable {
    var id, name, createdAt: String
  }

  struct DeltaRow: Sendable {
    var label, before, after, change: String
    /// `better`, `worse` or empty: colours the change.
    var trend: String
  }

  struct MovementCell: Sendable {
    var count: Int
    var unchanged: Bool
  }

  struct MovementRow: Sendable {
    var verdict: String
    var cells: [MovementCell]
    var total: Int
  }

  struct ChangeRow: Sendable {
    var id, name, scoreBefore, scoreAfter, scoreChange, verdictBefore, verdictAfter: String
    var appeared, disappeared: String
  }

  struct AppRow: Sendable {
    var id, name, score, verdict: String
  }

  struct ScenarioRow: Sendable {
    var key, before, after: String
  }

  var title: String
  var toolVersion: String
  var before: Run
  var after: Run
  var summaryText: String
  var deltas: [DeltaRow]
  var verdictChart: String
  var hostsChart: String
  var costChart: String
  var verdicts: [String]
  var movement: [MovementRow]
  var changed: [ChangeRow]
  var hasChanged: Bool
  var changedNote: String
  var added: [AppRow]
  var hasAdded: Bool
  var removed: [AppRow]
  var hasRemoved: Bool
  var scenario: [ScenarioRow]
  var hasScenario: Bool
}
