/// The plan's hosts re-packed with every container's demand `pct` percent higher and lower: how
/// much the host count and cost move when the measured utilisation is off, or when the client wants
/// more (or accepts less) headroom (targets-and-economics.md §5, the TCO table's sensitivity line).
/// Pools, shapes and isolation stay the plan's; only the containers' sizes change, so the figures
/// answer "the same plan on more, or less, demand" rather than a new plan.
public struct DemandSensitivity: Sendable, Hashable, Codable {
  /// The change in demand, in percent, applied up and down.
  public var pct: Double
  /// The plan's totals at demand × (1 + pct/100). Containers that no longer fit their pool's shape
  /// are not placed: `placedApplications` then falls below the plan's.
  public var more: IsolationVariant
  /// The plan's totals at demand × (1 − pct/100).
  public var less: IsolationVariant

  /// The spread the specification asks for: ±20%.
  public static let defaultPct = 20.0

  public init(pct: Double, more: IsolationVariant, less: IsolationVariant) {
    self.pct = pct
    self.more = more
    self.less = less
  }
}
