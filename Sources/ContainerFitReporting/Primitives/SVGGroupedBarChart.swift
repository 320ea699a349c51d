/// Grouped vertical bars as an accessible SVG: one group per category (isolation mode, scenario), one
/// bar per series (hosts, annual cost), each bar labelled with its value, and a legend.
public struct SVGGroupedBarChart: Sendable, Hashable {
  /// How bar heights relate across series.
  public enum Scale: String, Sendable, Hashable {
    /// One axis for all series (same unit, e.g. hosts per scenario and mode).
    case shared
    /// Each series scaled to its own maximum (different units, e.g. hosts and cost); the printed values
    /// carry the magnitudes.
    case perSeries
  }

  /// The chart's title.
  public var title: String
  /// What the chart shows, for screen readers; a summary of the data is appended.
  public var description: String
  /// The series, one bar each in every group.
  public var series: [ChartSeries]
  /// The groups, drawn left to right.
  public var groups: [ChartGroup]
  /// How bar heights relate across series.
  public var scale: Scale
  /// The group whose label is drawn bold and marked in the description (e.g. the best scenario).
  public var highlightedGroup: String?
  /// The width of the viewBox.
  public var width: Double

  /// Creates a grouped bar chart.
  public init(
    title: String, description: String, series: [ChartSeries], groups: [ChartGroup], scale: Scale = .shared,
    highlightedGroup: String? = nil, width: Double = 640
  ) {
    self.title = title
    self.description = description
    self.series = series
    self.groups = groups
    self.scale = scale
    self.highlightedGroup = highlightedGroup
    self.width = width
  }

  /// The chart as an SVG document.
  public func render() -> String {
    let colors = ChartPalette.colors(for: series.map(\.name))
    let summary = groups.prefix(50).map { group in
      let parts = series.indices.map { "\(series[$0].name) \(series[$0].format.format(value($0, of: group)))" }
      let mark = group.label == highlightedGroup ? " (highlighted)" : ""
      return group.label + mark + ": " + parts.joined(separator: ", ")
    }.joined(separator: "; ")
    let note = scale == .perSeries && series.count > 1 ? " Each series is scaled to its own maximum." : ""
    var canvas = SVGCanvas(
      kind: "grouped", title: title,
      description: description + note + (summary.isEmpty ? " No data." : " " + summary + "."), width: width)
    canvas.heading()
    guard !groups.isEmpty, !series.isEmpty else {
      canvas.text("No data", x: canvas.width / 2, y: SVGCanvas.contentTop + 24, anchor: "middle", fill: "#5f5f5f")
      return canvas.render(height: SVGCanvas.contentTop + 48)
    }
    let legendHeight = canvas.legend(
      series.indices.map { (text: series[$0].name, color: colors[$0]) }, y: SVGCanvas.contentTop - 8)
    let plotTop = SVGCanvas.contentTop + legendHeight + 16
    let plotHeight = 180.0
    let baseline = plotTop + plotHeight
    let slot = (canvas.width - 2 * SVGCanvas.padding) / Double(groups.count)
    let barWidth = slot * 0.8 / Double(series.count)
    let maxima = series.indices.map { index in groups.map { SVGCanvas.drawable(value(index, of: $0)) }.max() ?? 0 }
    let sharedMaximum = maxima.max() ?? 0
    let labelCharacters = Int(slot / (SVGCanvas.fontSize * 0.6))
    for (column, group) in groups.enumerated() {
      let groupLeft = SVGCanvas.padding + slot * Double(column) + slot * 0.1
      for index in series.indices {
        let maximum = scale == .shared ? sharedMaximum : maxima[index]
        let length = maximum > 0 ? SVGCanvas.drawable(value(index, of: group)) / maximum * plotHeight : 0
        let x = groupLeft + barWidth * Double(index)
        let text = series[index].format.format(value(index, of: group))
        canvas.rect(
          x: x, y: baseline - length, width: barWidth * 0.92, height: length, fill: colors[index],
          tooltip: "\(group.label) — \(series[index].name): \(text)")
        canvas.text(text, x: x + barWidth * 0.46, y: baseline - length - 4, anchor: "middle", size: 10)
      }
      canvas.text(
        SVGCanvas.truncated(group.label, maxCharacters: labelCharacters),
        x: SVGCanvas.padding + slot * (Double(column) + 0.5), y: baseline + 16, anchor: "middle",
        bold: group.label == highlightedGroup)
    }
    canvas.line(x1: SVGCanvas.padding, y1: baseline, x2: canvas.width - SVGCanvas.padding, y2: baseline)
    return canvas.render(height: baseline + 28)
  }

  private func value(_ index: Int, of group: ChartGroup) -> Double {
    index < group.values.count ? group.values[index] : 0
  }
}
