/// The findings of memoised rules (`AssessmentRule.memoKey`) by rule and key, for one worker: a
/// rule whose findings depend on a few inputs is evaluated once per distinct input, its texts
/// built once. One per worker: no locks.
struct FindingMemo {
  /// One table per rule, in the assessor's rule order.
  private var tables: [[RuleMemoKey: [Finding]]]

  init(ruleCount: Int) {
    tables = Array(repeating: [:], count: ruleCount)
  }

  /// The findings kept for rule `index` and `key`, if any.
  func findings(rule index: Int, key: RuleMemoKey) -> [Finding]? {
    tables[index][key]
  }

  /// Keeps `findings` as rule `index`'s for `key`.
  mutating func keep(_ findings: [Finding], rule index: Int, key: RuleMemoKey) {
    // Bounded like the placement cache, for estates where nearly every key differs.
    if tables[index].count >= PlacementCache.capacity { tables[index].removeAll(keepingCapacity: true) }
    tables[index][key] = findings
  }
}
