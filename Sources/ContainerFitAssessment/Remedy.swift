/// A fix that answers several findings at once (targets-and-economics.md §7): LogMonitor covers
/// file logs and Event Log alike, one rebuild covers every "build the image on X" finding, and
/// running without a desktop answers both the GUI and the desktop-kind findings. An application
/// with several findings of one remedy is charged for the remedy once.
struct Remedy: Sendable {
  /// A short name for the note on the findings the remedy already covers.
  let name: String
  /// The finding ids the remedy answers; each id belongs to at most one remedy.
  let findingIds: [String]

  /// Every remedy that covers more than one finding id. `RemedyTests` checks each id is a finding
  /// the registry knows and belongs to one remedy only.
  static let catalogue: [Remedy] = [
    Remedy(name: "LogMonitor", findingIds: ["local-state-logs", "log-target-eventlog", "log-target-file"]),
    Remedy(
      name: "one image rebuild",
      findingIds: ["base-image-mainstream-ended", "base-image-unsupported", "os-rebuild", "os-replatform"]),
    Remedy(name: "no desktop session", findingIds: ["gui-optional", "gui-required", "kind-desktop"]),
  ]

  /// The position in `catalogue` of the remedy of each finding id it lists.
  static let remedyOfFinding: [String: Int] = Dictionary(
    catalogue.enumerated().flatMap { index, remedy in remedy.findingIds.map { ($0, index) } },
    uniquingKeysWith: { first, _ in first })

  /// The same by `Finding.idNumber` (−1: no remedy shared with another finding).
  static let remedyOfFindingNumber: [Int] = RuleRegistry.findingDefaults.map { remedyOfFinding[$0.id] ?? -1 }

  /// The remedy of `finding` shared with other findings, as a position in `catalogue`.
  static func of(_ finding: Finding) -> Int? {
    guard finding.idNumber >= 0 else { return nil }
    let remedy = remedyOfFindingNumber[Int(finding.idNumber)]
    return remedy >= 0 ? remedy : nil
  }
}

extension Array where Element == Finding {
  /// One remedy, one deduction and one effort: of the findings sharing a remedy, the first in report
  /// order (the most points) carries the remedy with the largest effort among them; the others stay
  /// listed with 0 points and 0 days and a note naming the carrier, so the points shown still add
  /// up to 100 − score. Expects the findings in report order and leaves them in it.
  mutating func countingEachRemedyOnce() {
    guard count > 1 else { return }
    // By remedy, the index of its carrying finding (-1: none yet), on the stack: an array made per
    // application had its type's metadata looked up in the runtime's shared table each time.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: Remedy.catalogue.count) { carriers in
      carriers.initialize(repeating: -1)
      countingEachRemedyOnce(carriers: carriers)
    }
  }

  private mutating func countingEachRemedyOnce(carriers: UnsafeMutableBufferPointer<Int>) {
    var changed = false
    for index in indices {
      guard let remedy = Remedy.of(self[index]) else { continue }
      let carrier = carriers[remedy]
      guard carrier >= 0 else {
        carriers[remedy] = index
        continue
      }
      self[carrier].effortDays = Swift.max(self[carrier].effortDays, self[index].effortDays)
      self[index].points = 0
      self[index].effortDays = 0
      self[index].evidence +=
        " (counted once, under \(self[carrier].id): the same remedy, \(Remedy.catalogue[remedy].name))"
      changed = true
    }
    if changed { sortInReportOrder() }
  }
}
