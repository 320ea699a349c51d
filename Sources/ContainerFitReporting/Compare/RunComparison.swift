/// What changed from one run (`before`) to another (`after`): headline deltas, how verdicts moved,
/// which applications changed and why (findings that appeared or went), applications added or
/// removed, and the scenario keys that differ. Pure: computed once, read by the reports.
public struct RunComparison: Sendable, Hashable {
  /// One headline figure in both runs.
  public struct Delta: Sendable, Hashable {
    public var label: String
    public var before: Double
    public var after: Double
    /// `after - before`.
    public var change: Double { after - before }
  }

  /// An application present in both runs whose score or verdict changed.
  public struct ApplicationChange: Sendable, Hashable {
    public var id: String
    public var name: String
    public var scoreBefore: Double
    public var scoreAfter: Double
    public var verdictBefore: String
    public var verdictAfter: String
    /// Finding ids raised in `after` only, sorted.
    public var appeared: [String]
    /// Finding ids raised in `before` only, sorted.
    public var disappeared: [String]
  }

  /// A scenario key whose value differs; `nil` where the run does not have the key.
  public struct ScenarioDifference: Sendable, Hashable {
    public var key: String
    public var before: String?
    public var after: String?
  }

  /// The verdicts in the order of the movement matrix's rows and columns, best first: a move down
  /// the list is to a worse verdict. `insufficient-data` sits above `unsuitable`: collecting data
  /// may still find the application fit, while a blocker keeps it on its server.
  public static let verdicts = ["ready", "minor", "major", "insufficient-data", "unsuitable"]

  public var before: RunSnapshot
  public var after: RunSnapshot
  /// Applications, each verdict count, hosts, lower bound, savings, cost, effort and more, in report order.
  public var deltas: [Delta]
  /// `movement[i][j]`: applications in both runs that were `verdicts[i]` before and are `verdicts[j]` after.
  public var movement: [[Int]]
  /// Sorted by the size of the score change (largest first), then by id.
  public var changed: [ApplicationChange]
  /// Applications only in `after`, by id.
  public var added: [RunSnapshot.Application]
  /// Applications only in `before`, by id.
  public var removed: [RunSnapshot.Application]
  /// By key.
  public var scenarioDifferences: [ScenarioDifference]

  /// Compares two runs.
  public init(before: RunSnapshot, after: RunSnapshot) {
    self.before = before
    self.after = after
    deltas = Self.deltas(before.summary, after.summary)
    let oldApps = Dictionary(before.applications.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newApps = Dictionary(after.applications.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var movement = Array(repeating: Array(repeating: 0, count: Self.verdicts.count), count: Self.verdicts.count)
    var changed: [ApplicationChange] = []
    for (id, old) in oldApps {
      guard let new = newApps[id] else { continue }
      if let row = Self.verdicts.firstIndex(of: old.verdict), let column = Self.verdicts.firstIndex(of: new.verdict) {
        movement[row][column] += 1
      }
      // Scores are written to the hundredth in assessment.json; closer than that is the same score.
      guard abs(new.score - old.score) >= 0.005 || new.verdict != old.verdict else { continue }
      let oldFindings = Set(old.findings)
      let newFindings = Set(new.findings)
      changed.append(
        ApplicationChange(
          id: id, name: new.name, scoreBefore: old.score, scoreAfter: new.score, verdictBefore: old.verdict,
          verdictAfter: new.verdict, appeared: newFindings.subtracting(oldFindings).sorted(),
          disappeared: oldFindings.subtracting(newFindings).sorted()))
    }
    self.movement = movement
    self.changed = changed.sorted {
      let lhs = abs($0.scoreAfter - $0.scoreBefore)
      let rhs = abs($1.scoreAfter - $1.scoreBefore)
      return lhs != rhs ? lhs > rhs : $0.id < $1.id
    }
    added = after.applications.filter { oldApps[$0.id] == nil }.sorted { $0.id < $1.id }
    removed = before.applications.filter { newApps[$0.id] == nil }.sorted { $0.id < $1.id }
    scenarioDifferences = Set(before.scenario.keys).union(after.scenario.keys).sorted().compactMap { key in
      let old = before.scenario[key]
      let new = after.scenario[key]
      return old == new ? nil : ScenarioDifference(key: key, before: old, after: new)
    }
  }

  /// Applications that moved to a better verdict, and to a worse one.
  public var improved: Int { movementCount { $0 > $1 } }
  public var worsened: Int { movementCount { $0 < $1 } }

  /// The delta with this label.
  public func delta(_ label: String) -> Delta? { deltas.first { $0.label == label } }

  private func movementCount(_ predicate: (Int, Int) -> Bool) -> Int {
    var total = 0
    for row in movement.indices {
      for column in movement[row].indices where predicate(row, column) { total += movement[row][column] }
    }
    return total
  }

  private static func deltas(_ old: AssessmentDocument.Summary, _ new: AssessmentDocument.Summary) -> [Delta] {
    func delta(_ label: String, _ value: (AssessmentDocument.Summary) -> Double) -> Delta {
      Delta(label: label, before: value(old), after: value(new))
    }
    return [
      delta("Applications") { Double($0.applications) },
      delta("Servers") { Double($0.servers) },
      delta("Ready") { Double($0.verdicts.ready) },
      delta("Minor") { Double($0.verdicts.minor) },
      delta("Major") { Double($0.verdicts.major) },
      delta("Insufficient data") { Double($0.verdicts.insufficientData) },
      delta("Unsuitable") { Double($0.verdicts.unsuitable) },
      delta("Container hosts") { Double($0.consolidation.targetHosts) },
      delta("Lower bound hosts") { Double($0.consolidation.lowerBoundHosts) },
      delta("Servers decommissioned") { Double($0.consolidation.decommissionedServers) },
      // A document written before costs gives its licence comparison instead (`Summary.annual`).
      delta("Annual cost today") { $0.annual.before },
      delta("Annual cost after") { $0.annual.after },
      delta("Annual savings") { $0.annual.savings },
      delta("Effort, likely (days)") { $0.effort?.likely ?? $0.effortDays },
      delta("Hyper-V overhead (%)") { $0.isolation.hypervOverheadPct },
    ]
  }
}
