/// The score histogram: how many applications fall in each band of 10 points from 0 to 100, as an
/// accessible vertical bar chart (the last band, 90–100, includes 100).
public struct SVGHistogram: Sendable, Hashable {
  /// The chart's title.
  public var title: String
  /// What the chart shows, for screen readers.
  public var description: String
  /// Ten counts: scores 0–9, 10–19, …, 90–100.
  public var bucketCounts: [Int]
  /// The width of the viewBox.
  public var width: Double

  /// Creates a histogram from precomputed band counts (extra counts are ignored, missing ones are zero).
  public init(title: String, description: String, bucketCounts: [Int], width: Double = 640) {
    self.title = title
    self.description = description
    self.bucketCounts = (0..<10).map { $0 < bucketCounts.count ? bucketCounts[$0] : 0 }
    self.width = width
  }

  /// Creates a histogram of scores.
  public init(title: String, description: String, scores: some Sequence<Double>, width: Double = 640) {
    self.init(title: title, description: description, bucketCounts: Self.bucketCounts(scores: scores), width: width)
  }

  /// Counts scores per band of 10; scores below 0 count in the first band, above 100 in the last, and
  /// NaN is skipped.
  public static func bucketCounts(scores: some Sequence<Double>) -> [Int] {
    var counts = Array(repeating: 0, count: 10)
    for score in scores where !score.isNaN {
      let band = score >= 100 ? 9 : (score <= 0 ? 0 : Int(score / 10))
      counts[min(max(band, 0), 9)] += 1
    }
    return counts
  }

  /// The band labels: `0–9`, `10–19`, …, `90–100`.
  public static let bucketLabels = (0..<10).map { $0 == 9 ? "90–100" : "\($0 * 10)–\($0 * 10 + 9)" }

  /// The chart as an SVG document.
  public func render() -> String {
    // Bands coloured by the verdict their scores give (≥ 80 ready, 60–79 minor, 40–59 major, < 40 unsuitable).
    let verdicts =
      ["unsuitable", "unsuitable", "unsuitable", "unsuitable", "major", "major", "minor", "minor"]
      + ["ready", "ready"]
    let bars = (0..<10).map {
      ChartDatum(label: Self.bucketLabels[$0], value: Double(bucketCounts[$0]), colorKey: verdicts[$0])
    }
    var chart = SVGBarChart(
      title: title, description: description, bars: bars, orientation: .vertical, format: .integer, width: width)
    chart.kind = "histogram"
    chart.axisCaption = "Score"
    return chart.render()
  }
}
