/// What a worker remembers between applications: placements and memoised findings. Scoring with it
/// gives the same results as scoring each application afresh; it only saves rebuilding the same
/// decisions and texts.
struct WorkerState {
  var placements = PlacementCache()
  var findings: FindingMemo

  init(ruleCount: Int) {
    findings = FindingMemo(ruleCount: ruleCount)
  }
}
