/// What a worker remembers between applications: placements, memoised findings and the finding
/// lists handed out. Scoring with it gives the same results as scoring each application afresh; it
/// only saves rebuilding the same decisions and texts, and storing the same lists again.
struct WorkerState {
  var placements = PlacementCache()
  var findings: FindingMemo
  var findingLists = FindingLists()
  /// The findings of the application being scored, reused from app to app; each application keeps
  /// a shared exact-size list (`findingLists`), not this buffer (whose capacity would cost a
  /// million apps a gigabyte).
  var scratch: [Finding] = []

  init(ruleCount: Int) {
    findings = FindingMemo(ruleCount: ruleCount)
  }
}
