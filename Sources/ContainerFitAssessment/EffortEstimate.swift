import ContainerFitModel

/// The estate's container effort in person-days (targets-and-economics.md §7): the moving
/// applications' baselines and remedies, platform enablement once, and a contingency by confidence
/// that turns the total into a range. The formula and its assumptions: docs/scoring.md, "Effort".
public struct EffortEstimate: Codable, Sendable, Hashable {
  /// Everything goes as the findings say: applications (baseline + remedies) + platform.
  public var low: Double
  /// Midway between `low` and `high`.
  public var likely: Double
  /// Each part plus its contingency.
  public var high: Double
  /// Platform enablement, once per estate (inside the three figures); 0 when no application moves.
  public var platformDays: Double
  /// Baseline and remedies of the moving applications (inside the three figures).
  public var applicationDays: Double
  /// Applications that move and so carry effort.
  public var movingApplications: Int

  /// A contingency every part carries (`Facts.effortContingencyPct`).
  public static let baseContingency = Facts.effortContingencyPct.value / 100

  public init(
    low: Double, likely: Double, high: Double, platformDays: Double, applicationDays: Double, movingApplications: Int
  ) {
    self.low = low
    self.likely = likely
    self.high = high
    self.platformDays = platformDays
    self.applicationDays = applicationDays
    self.movingApplications = movingApplications
  }

  /// Adds up as it goes: `add` each application, then `finish` with the scenario's platform days.
  struct Accumulator {
    var applicationDays = 0.0
    var contingencyDays = 0.0
    var moving = 0

    /// An application's effort (0 when it does not move) and its confidence: its contingency is
    /// the base contingency plus the share of its assessed fields that were unknown.
    mutating func add(effortDays: Double, confidence: Double, moves: Bool) {
      guard moves else { return }
      moving += 1
      applicationDays += effortDays
      contingencyDays += effortDays * (EffortEstimate.baseContingency + (1 - confidence))
    }

    func finish(platformDays: Double) -> EffortEstimate {
      let platform = moving > 0 ? platformDays : 0
      let low = applicationDays + platform
      let high = low + contingencyDays + platform * EffortEstimate.baseContingency
      let round = { (value: Double) in (value * 10).rounded() / 10 }
      return EffortEstimate(
        low: round(low), likely: round((low + high) / 2), high: round(high), platformDays: round(platform),
        applicationDays: round(applicationDays), movingApplications: moving)
    }
  }
}
