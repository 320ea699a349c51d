/// A named series of a multi-series chart (a bar in every group, a segment in every stacked bar), with
/// how its values are written.
public struct ChartSeries: Sendable, Hashable {
  /// The series name, shown in the legend and picking the colour (`ChartPalette`).
  public var name: String
  /// How the series' values are written on the bars.
  public var format: ChartValueFormat

  /// Creates a series.
  public init(name: String, format: ChartValueFormat = .integer) {
    self.name = name
    self.format = format
  }
}
