/// What a worker remembers between applications: placements and memoised findings. Scoring with it
/// gives the same results as scoring each application afresh; it only saves rebuilding the same
/// decisions and texts.
struct WorkerState {
  var placements = PlacementCache()
  var findings: FindingMemo
  /// The findings of the application being scored, reused from app to app; each application keeps
  /// an exact-size copy, not this buffer (whose capacity would cost a million apps a gigabyte).
  var scratch: [Finding] = []

  init(ruleCount: Int) {
    findings = FindingMemo(ruleCount: ruleCount)
  }
}
