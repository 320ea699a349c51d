/// The result of a what-if: one row per scenario, in matrix order, and the best of them.
public struct WhatIfStudy: Sendable, Hashable {
  /// The run id of the what-if; its scenarios are `<baseRunId>-v<N>`.
  public var baseRunId: String
  public var baseScenarioName: String
  /// The varied keys, in the order given.
  public var keys: [String]
  public var rows: [WhatIfRow]
  /// Index into `rows` of the best scenario: among those that place the most applications, the
  /// highest annual savings; on a tie the fewer hosts,
  /// then the earlier scenario.
  public var bestIndex: Int?

  public init(baseRunId: String, baseScenarioName: String, keys: [String], rows: [WhatIfRow]) {
    self.baseRunId = baseRunId
    self.baseScenarioName = baseScenarioName
    self.keys = keys
    self.rows = rows
    bestIndex = Self.best(rows)
  }

  /// The best row's index (see `bestIndex`).
  public static func best(_ rows: [WhatIfRow]) -> Int? {
    rows.indices.min { lhs, rhs in
      let a = rows[lhs]
      let b = rows[rhs]
      // A scenario that moves fewer applications is cheaper by leaving them where they are: costs
      // compare only among the scenarios that place the most (targets-and-economics.md §6).
      if a.placedApplications != b.placedApplications { return a.placedApplications > b.placedApplications }
      if a.annualSavings != b.annualSavings { return a.annualSavings > b.annualSavings }
      if a.hosts != b.hosts { return a.hosts < b.hosts }
      return lhs < rhs
    }
  }

  /// The best row.
  public var best: WhatIfRow? { bestIndex.map { rows[$0] } }
}
