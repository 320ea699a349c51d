/// One category of a multi-series chart (a scenario, a host pool): its label and one value per series,
/// in the order of the chart's series (missing values count as zero).
public struct ChartGroup: Sendable, Hashable {
  /// The category label.
  public var label: String
  /// One value per series.
  public var values: [Double]

  /// Creates a group.
  public init(label: String, values: [Double]) {
    self.label = label
    self.values = values
  }
}
