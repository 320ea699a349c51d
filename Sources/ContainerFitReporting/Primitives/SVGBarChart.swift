/// A bar chart of labelled values as a self-contained, accessible SVG: each bar carries its label and
/// its value as text (not only colour), and a tooltip with both.
public struct SVGBarChart: Sendable, Hashable {
  /// Which way the bars run.
  public enum Orientation: String, Sendable, Hashable {
    /// Bars grow to the right, labels on the left: best for long labels (applications, rules).
    case horizontal
    /// Bars grow upwards, labels underneath: best for a few short categories.
    case vertical
  }

  /// The chart's title (visible heading and accessible name).
  public var title: String
  /// What the chart shows, for screen readers; a summary of the data is appended.
  public var description: String
  /// The bars, drawn in this order.
  public var bars: [ChartDatum]
  /// Which way the bars run.
  public var orientation: Orientation
  /// How values are written.
  public var format: ChartValueFormat
  /// The width of the viewBox (the chart scales to its container).
  public var width: Double
  var kind = "bar"
  var axisCaption: String?

  /// Creates a bar chart.
  public init(
    title: String, description: String, bars: [ChartDatum], orientation: Orientation = .horizontal,
    format: ChartValueFormat = .integer, width: Double = 640
  ) {
    self.title = title
    self.description = description
    self.bars = bars
    self.orientation = orientation
    self.format = format
    self.width = width
  }

  /// The chart as an SVG document.
  public func render() -> String {
    let summary = bars.prefix(50).map { "\($0.label): \(format.format($0.value))" }.joined(separator: "; ")
    var canvas = SVGCanvas(
      kind: kind, title: title, description: description + (summary.isEmpty ? " No data." : " " + summary + "."),
      width: width)
    canvas.heading()
    let height: Double
    if bars.isEmpty {
      canvas.text("No data", x: canvas.width / 2, y: SVGCanvas.contentTop + 24, anchor: "middle", fill: "#5f5f5f")
      height = SVGCanvas.contentTop + 48
    } else {
      switch orientation {
      case .horizontal: height = drawHorizontal(on: &canvas)
      case .vertical: height = drawVertical(on: &canvas)
      }
    }
    return canvas.render(height: height)
  }

  private var maximum: Double {
    bars.map { SVGCanvas.drawable($0.value) }.max() ?? 0
  }

  private func color(of bar: ChartDatum) -> String {
    ChartPalette.namedColor(for: bar.colorKey ?? bar.label) ?? ChartPalette.defaultColor
  }

  private func drawHorizontal(on canvas: inout SVGCanvas) -> Double {
    let rowHeight = 24.0
    let characterWidth = SVGCanvas.fontSize * 0.6
    let longestLabel = Double(bars.map(\.label.count).max() ?? 0)
    let labelWidth = min(max(longestLabel * characterWidth + 8, 60), 220)
    let labelCharacters = Int((labelWidth - 8) / characterWidth)
    let values = bars.map { format.format($0.value) }
    let valueWidth = max(Double(values.map(\.count).max() ?? 0) * characterWidth + 8, 40)
    let barLeft = SVGCanvas.padding + labelWidth
    let barSpace = max(canvas.width - barLeft - valueWidth - SVGCanvas.padding, 1)
    let scale = maximum > 0 ? barSpace / maximum : 0
    for (index, bar) in bars.enumerated() {
      let top = SVGCanvas.contentTop + Double(index) * rowHeight
      let length = SVGCanvas.drawable(bar.value) * scale
      canvas.text(
        SVGCanvas.truncated(bar.label, maxCharacters: labelCharacters), x: barLeft - 8, y: top + 16, anchor: "end")
      canvas.rect(
        x: barLeft, y: top + 4, width: length, height: 16, fill: color(of: bar),
        tooltip: "\(bar.label): \(values[index])")
      canvas.text(values[index], x: barLeft + length + 4, y: top + 16)
    }
    return SVGCanvas.contentTop + Double(bars.count) * rowHeight + SVGCanvas.padding
  }

  private func drawVertical(on canvas: inout SVGCanvas) -> Double {
    let plotTop = SVGCanvas.contentTop + 16
    let plotHeight = 180.0
    let baseline = plotTop + plotHeight
    let plotLeft = SVGCanvas.padding
    let slot = (canvas.width - 2 * SVGCanvas.padding) / Double(bars.count)
    let barWidth = slot * 0.7
    let labelCharacters = Int(slot / (SVGCanvas.fontSize * 0.6))
    let scale = maximum > 0 ? plotHeight / maximum : 0
    for (index, bar) in bars.enumerated() {
      let center = plotLeft + slot * (Double(index) + 0.5)
      let length = SVGCanvas.drawable(bar.value) * scale
      let value = format.format(bar.value)
      canvas.rect(
        x: center - barWidth / 2, y: baseline - length, width: barWidth, height: length, fill: color(of: bar),
        tooltip: "\(bar.label): \(value)")
      canvas.text(value, x: center, y: baseline - length - 4, anchor: "middle", size: 11)
      canvas.text(
        SVGCanvas.truncated(bar.label, maxCharacters: labelCharacters), x: center, y: baseline + 16, anchor: "middle")
    }
    canvas.line(x1: plotLeft, y1: baseline, x2: canvas.width - SVGCanvas.padding, y2: baseline)
    var height = baseline + 28
    if let axisCaption {
      canvas.text(axisCaption, x: canvas.width / 2, y: height + 4, anchor: "middle", fill: "#5f5f5f")
      height += 16
    }
    return height
  }
}
