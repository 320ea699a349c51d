/// One labelled value of a single-series chart (a bar, a segment of a stacked bar).
public struct ChartDatum: Sendable, Hashable {
  /// The label shown next to the value.
  public var label: String
  /// The value; bars of negative or non-finite values are drawn with zero length.
  public var value: Double
  /// The name that picks the colour (`ChartPalette`); defaults to the label, so a bar labelled `ready`
  /// is green.
  public var colorKey: String?

  /// Creates a datum.
  public init(label: String, value: Double, colorKey: String? = nil) {
    self.label = label
    self.value = value
    self.colorKey = colorKey
  }
}
