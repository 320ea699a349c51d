/// Stacked horizontal bars as an accessible SVG: one bar per group (one bar for a verdict split; one per
/// host pool for hosts by isolation mode), one segment per series, each segment labelled with its
/// value when it fits and a legend giving every series' total and share.
public struct SVGStackedBar: Sendable, Hashable {
  /// The chart's title.
  public var title: String
  /// What the chart shows, for screen readers; a summary of the data is appended.
  public var description: String
  /// The segments' series, in stacking order.
  public var series: [ChartSeries]
  /// The bars; each holds one value per series.
  public var groups: [ChartGroup]
  /// Whether every bar fills the width (shares of 100%) rather than scaling to the largest total.
  public var relative: Bool
  /// The width of the viewBox.
  public var width: Double

  /// Creates stacked bars.
  public init(
    title: String, description: String, series: [ChartSeries], groups: [ChartGroup], relative: Bool = false,
    width: Double = 640
  ) {
    self.title = title
    self.description = description
    self.series = series
    self.groups = groups
    self.relative = relative
    self.width = width
  }

  /// Creates a single bar split into segments (e.g. applications per verdict).
  public init(
    title: String, description: String, segments: [ChartDatum], format: ChartValueFormat = .integer,
    width: Double = 640
  ) {
    self.init(
      title: title, description: description, series: segments.map { ChartSeries(name: $0.label, format: format) },
      groups: [ChartGroup(label: "", values: segments.map(\.value))], relative: true, width: width)
  }

  /// The chart as an SVG document.
  public func render() -> String {
    let colors = ChartPalette.colors(for: series.map(\.name))
    let totals = series.indices.map { index in groups.reduce(0) { $0 + SVGCanvas.drawable(value(index, of: $1)) } }
    let grandTotal = totals.reduce(0, +)
    let legend = series.indices.map { index in
      (
        text: "\(series[index].name): \(series[index].format.format(totals[index]))"
          + " (\(Self.percent(totals[index], of: grandTotal)))", color: colors[index]
      )
    }
    let summary = groups.prefix(50).map { group in
      let parts = series.indices.map { "\(series[$0].name) \(series[$0].format.format(value($0, of: group)))" }
      return (group.label.isEmpty ? "" : group.label + ": ") + parts.joined(separator: ", ")
    }.joined(separator: "; ")
    var canvas = SVGCanvas(
      kind: "stacked", title: title,
      description: description + (summary.isEmpty || grandTotal == 0 ? " No data." : " " + summary + "."),
      width: width)
    canvas.heading()
    guard !groups.isEmpty, !series.isEmpty else {
      canvas.text("No data", x: canvas.width / 2, y: SVGCanvas.contentTop + 24, anchor: "middle", fill: "#5f5f5f")
      return canvas.render(height: SVGCanvas.contentTop + 48)
    }
    let rowHeight = 30.0
    let characterWidth = SVGCanvas.fontSize * 0.6
    let longestLabel = Double(groups.map(\.label.count).max() ?? 0)
    let labelWidth = longestLabel == 0 ? 0 : min(max(longestLabel * characterWidth + 8, 60), 200)
    let labelCharacters = Int(max(labelWidth - 8, 0) / characterWidth)
    let groupTotals = groups.map { group in series.indices.reduce(0) { $0 + SVGCanvas.drawable(value($1, of: group)) } }
    let totalTexts = groups.indices.map { index in
      series.first.map { $0.format.format(groupTotals[index]) } ?? ""
    }
    let totalWidth = relative ? 0 : max(Double(totalTexts.map(\.count).max() ?? 0) * characterWidth + 8, 40)
    let barLeft = SVGCanvas.padding + labelWidth
    let barSpace = max(canvas.width - barLeft - totalWidth - SVGCanvas.padding, 1)
    let largest = groupTotals.max() ?? 0
    for (row, group) in groups.enumerated() {
      let top = SVGCanvas.contentTop + Double(row) * rowHeight
      if labelWidth > 0 {
        canvas.text(
          SVGCanvas.truncated(group.label, maxCharacters: labelCharacters), x: barLeft - 8, y: top + 19,
          anchor: "end")
      }
      let scaleTotal = relative ? groupTotals[row] : largest
      let scale = scaleTotal > 0 ? barSpace / scaleTotal : 0
      var x = barLeft
      for index in series.indices {
        let amount = SVGCanvas.drawable(value(index, of: group))
        let length = amount * scale
        guard length > 0 else { continue }
        let text = series[index].format.format(value(index, of: group))
        let prefix = group.label.isEmpty ? "" : group.label + " — "
        canvas.rect(
          x: x, y: top + 4, width: length, height: 22, fill: colors[index],
          tooltip: "\(prefix)\(series[index].name): \(text) (\(Self.percent(amount, of: groupTotals[row])))")
        if SVGCanvas.textWidth(text, size: 11) + 6 <= length {
          canvas.text(
            text, x: x + length / 2, y: top + 19, anchor: "middle", size: 11,
            fill: ChartPalette.textColor(on: colors[index]))
        }
        x += length
      }
      if !relative {
        canvas.text(totalTexts[row], x: x + 4, y: top + 19)
      }
    }
    let legendTop = SVGCanvas.contentTop + Double(groups.count) * rowHeight + 8
    let legendHeight = canvas.legend(legend, y: legendTop)
    return canvas.render(height: legendTop + legendHeight + 8)
  }

  private func value(_ index: Int, of group: ChartGroup) -> Double {
    index < group.values.count ? group.values[index] : 0
  }

  /// `part` as a whole-number percentage of `whole` (`0%` when the whole is zero).
  static func percent(_ part: Double, of whole: Double) -> String {
    guard whole > 0, part.isFinite else { return "0%" }
    return ChartValueFormat(decimals: 0, suffix: "%").format(part / whole * 100)
  }
}
