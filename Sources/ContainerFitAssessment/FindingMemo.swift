/// The findings of memoised rules (`AssessmentRule.memoKey`) by rule and key, for one worker: a
/// rule whose findings depend on a few inputs is evaluated once per distinct input, its texts
/// built once. One per worker: no locks.
struct FindingMemo {
  /// One table per rule, in the assessor's rule order.
  private var tables: [[RuleMemoKey: [Finding]]]

  init(ruleCount: Int) {
    tables = Array(repeating: [:], count: ruleCount)
  }

  /// The findings of rule `index` for `key`, evaluated on the first request.
  mutating func findings(rule index: Int, key: RuleMemoKey, evaluate: () -> [Finding]) -> [Finding] {
    if let cached = tables[index][key] { return cached }
    let found = evaluate()
    // Bounded like the placement cache, for estates where nearly every key differs.
    if tables[index].count >= PlacementCache.capacity { tables[index].removeAll(keepingCapacity: true) }
    tables[index][key] = found
    return found
  }
}
