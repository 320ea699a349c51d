import ContainerFitReporting
import XCTest

final class SVGChartTests: XCTestCase {
  static let verdicts = [
    ChartDatum(label: "ready", value: 412), ChartDatum(label: "minor", value: 236),
    ChartDatum(label: "major", value: 91), ChartDatum(label: "unsuitable", value: 61),
  ]
  static let hostile = [
    "<script>alert(1)</script>", #""><img src=x onerror=alert(1)>"#, "javascript:alert(1)", "[a](http://x)", "a|b",
    "line1\nline2", "ctl\u{1}\u{0}", "it's & ok",
  ]

  func testHorizontalBarChartSnapshot() {
    let chart = SVGBarChart(
      title: "Applications per verdict", description: "How many applications got each verdict.",
      bars: Self.verdicts)
    assertSnapshot(chart.render(), named: "testHorizontalBarChartSnapshot.svg")
  }

  func testVerticalBarChartSnapshot() {
    let chart = SVGBarChart(
      title: "Effort per concern", description: "Remediation effort in person-days per concern.",
      bars: [
        ChartDatum(label: "Logging", value: 42.5), ChartDatum(label: "Registry state", value: 17.25),
        ChartDatum(label: "A very long concern name that needs cutting", value: 3),
      ], orientation: .vertical, format: ChartValueFormat(decimals: 1, suffix: " d"))
    assertSnapshot(chart.render(), named: "testVerticalBarChartSnapshot.svg")
  }

  func testHistogramSnapshot() {
    let scores = (0...100).map { Double($0) } + [100, 95, 85, 85, 72, 55, 31]
    let chart = SVGHistogram(title: "Score distribution", description: "Applications per score band.", scores: scores)
    assertSnapshot(chart.render(), named: "testHistogramSnapshot.svg")
  }

  func testStackedVerdictSplitSnapshot() {
    let chart = SVGStackedBar(
      title: "Verdict split", description: "Share of applications per verdict.", segments: Self.verdicts)
    assertSnapshot(chart.render(), named: "testStackedVerdictSplitSnapshot.svg")
  }

  func testStackedHostsPerPoolSnapshot() {
    let chart = SVGStackedBar(
      title: "Hosts per pool", description: "Container hosts per host pool by isolation mode.",
      series: [ChartSeries(name: "process"), ChartSeries(name: "hyperv")],
      groups: [
        ChartGroup(label: "ltsc2022 / 1252", values: [12, 3]), ChartGroup(label: "ltsc2019 / 1252", values: [5, 0]),
        ChartGroup(label: "ltsc2022 / 932", values: [1, 1]),
      ])
    assertSnapshot(chart.render(), named: "testStackedHostsPerPoolSnapshot.svg")
  }

  func testGroupedBarChartSnapshot() {
    let chart = SVGGroupedBarChart(
      title: "Isolation comparison", description: "Hosts and annual cost per isolation choice.",
      series: [ChartSeries(name: "Hosts"), ChartSeries(name: "Annual cost", format: ChartValueFormat(prefix: "$"))],
      groups: [
        ChartGroup(label: "process", values: [18, 151_200]), ChartGroup(label: "hyperv", values: [23, 193_200]),
        ChartGroup(label: "recommended", values: [19, 159_600]),
      ], scale: .perSeries, highlightedGroup: "process")
    assertSnapshot(chart.render(), named: "testGroupedBarChartSnapshot.svg")
  }

  /// Every chart, in every data shape, parses as XML and holds no NaN or infinity.
  func testEveryChartIsWellFormedWithoutNaNForAnyData() {
    let many = (0..<60).map { ChartDatum(label: "app-\($0)", value: Double($0 * 37 % 11)) }
    let shapes: [(String, [ChartDatum])] = [
      ("empty", []), ("one", [ChartDatum(label: "ready", value: 1)]),
      ("zeros", Self.verdicts.map { ChartDatum(label: $0.label, value: 0) }), ("many", many),
      (
        "odd",
        [
          ChartDatum(label: "nan", value: .nan), ChartDatum(label: "neg", value: -3),
          ChartDatum(label: "big", value: .infinity),
        ]
      ),
    ]
    for (name, data) in shapes {
      let groups = [ChartGroup(label: name, values: data.map(\.value)), ChartGroup(label: "second", values: [])]
      let series = data.map { ChartSeries(name: $0.label) }
      let outputs = [
        SVGBarChart(title: name, description: name, bars: data).render(),
        SVGBarChart(title: name, description: name, bars: data, orientation: .vertical).render(),
        SVGHistogram(title: name, description: name, scores: data.map(\.value)).render(),
        SVGHistogram(title: name, description: name, bucketCounts: []).render(),
        SVGStackedBar(title: name, description: name, segments: data).render(),
        SVGStackedBar(title: name, description: name, series: series, groups: groups).render(),
        SVGGroupedBarChart(title: name, description: name, series: series, groups: groups).render(),
        SVGGroupedBarChart(title: name, description: name, series: series, groups: [], scale: .perSeries).render(),
      ]
      for (index, svg) in outputs.enumerated() {
        XCTAssertNil(xmlParseError(svg), "\(name) chart \(index)")
        let numbers = svg.matches(of: #/="([^"]*)"/#).map { String($0.output.1) }
        for value in numbers {
          XCTAssertFalse(value.lowercased().contains("nan") || value.lowercased().contains("inf"), "\(name): \(value)")
        }
        XCTAssertFalse(svg.contains("NaN"), "\(name) chart \(index)")
        XCTAssertTrue(svg.contains(#"role="img""#) && svg.contains("<title id=") && svg.contains("<desc id="))
      }
    }
  }

  func testHostileLabelsAreEscapedInEveryChart() {
    let data = Self.hostile.map { ChartDatum(label: $0, value: 3) }
    let series = Self.hostile.map { ChartSeries(name: $0) }
    let groups = Self.hostile.map { ChartGroup(label: $0, values: [1, 2]) }
    let outputs = [
      SVGBarChart(title: Self.hostile[0], description: Self.hostile[1], bars: data).render(),
      SVGBarChart(title: "t", description: "d", bars: data, orientation: .vertical).render(),
      SVGStackedBar(title: "t", description: "d", segments: data).render(),
      SVGStackedBar(title: "t", description: "d", series: series, groups: groups).render(),
      SVGGroupedBarChart(title: "t", description: "d", series: series, groups: groups, highlightedGroup: "a|b")
        .render(),
    ]
    for svg in outputs {
      XCTAssertNil(xmlParseError(svg))
      XCTAssertFalse(svg.contains("<script"), svg)
      XCTAssertFalse(svg.contains("<img"), svg)
      XCTAssertFalse(svg.contains("\u{1}") || svg.contains("\u{0}"))
      XCTAssertFalse(svg.contains("href"))
    }
  }

  func testChartsAreDeterministicAndIdsDifferPerChart() {
    let first = SVGBarChart(title: "A", description: "d", bars: Self.verdicts)
    let second = SVGBarChart(title: "B", description: "d", bars: Self.verdicts)
    XCTAssertEqual(first.render(), first.render())
    let firstId = first.render().firstMatch(of: #/<title id="([^"]+)"/#)?.output.1
    let secondId = second.render().firstMatch(of: #/<title id="([^"]+)"/#)?.output.1
    XCTAssertNotNil(firstId)
    XCTAssertNotEqual(firstId, secondId)
  }

  func testVerdictColoursAreFixed() {
    XCTAssertEqual(ChartPalette.colors(for: ["unsuitable", "Ready", "x", "major", "y"]).count, 5)
    XCTAssertEqual(ChartPalette.namedColor(for: "ready"), "#2e7d32")
    XCTAssertEqual(ChartPalette.namedColor(for: "Hyper-V"), ChartPalette.namedColor(for: "hyperv"))
    let colors = ChartPalette.colors(for: ["process", "other"])
    XCTAssertNotEqual(colors[0], colors[1])
  }

  func testHistogramBandsIncludeOneHundredInTheLastBand() {
    XCTAssertEqual(
      SVGHistogram.bucketCounts(scores: [0, 9.99, 10, 59, 100, 120, -5, .nan]), [3, 1, 0, 0, 0, 1, 0, 0, 0, 2])
  }

  func testValueFormatGroupsThousandsWithoutLocale() {
    XCTAssertEqual(ChartValueFormat(prefix: "$").format(1_234_567.4), "$1,234,567")
    XCTAssertEqual(ChartValueFormat(decimals: 2).format(-0.004), "0.00")
    XCTAssertEqual(ChartValueFormat(decimals: 1, suffix: "%").format(-12.25), "-12.3%")
    XCTAssertEqual(ChartValueFormat.integer.format(.nan), "n/a")
  }
}
