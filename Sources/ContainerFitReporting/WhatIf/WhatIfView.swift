/// Everything `whatif.html` and `whatif.md` show, formatted: the templates only lay it out.
struct WhatIfView: Sendable {
  struct Row: Sendable {
    var number: Int
    var label, runId, hosts, lowerBound, cores, memoryGB, annualCost, savings, hypervOverhead: String
    var values: [String]
    var best: Bool
  }

  var title: String
  var toolVersion: String
  var runId: String
  var scenarioName: String
  var keys: [String]
  var rows: [Row]
  var count: Int
  var bestText: String
  var chart: String
  /// Markdown table header separator for the varied keys (`|---|---|`).
  var keySeparator: String

  init(_ study: WhatIfStudy, toolVersion: String) {
    let currency = study.rows.first?.currency ?? "USD"
    title = "What-if — \(study.baseScenarioName)"
    self.toolVersion = toolVersion
    runId = study.baseRunId
    scenarioName = study.baseScenarioName
    keys = study.keys
    count = study.rows.count
    keySeparator = String(repeating: "---|", count: study.keys.count)
    rows = study.rows.enumerated().map { index, row in
      Row(
        number: row.number, label: row.label, runId: row.runId,
        hosts: ReportFormatting.integer(row.hosts)
          + (row.fargateTasks > 0 ? " + \(ReportFormatting.integer(row.fargateTasks)) tasks" : ""),
        lowerBound: ReportFormatting.integer(row.lowerBoundHosts), cores: ReportFormatting.compact(row.cores),
        memoryGB: ReportFormatting.compact(row.memoryGB),
        annualCost: ReportFormatting.money(row.targetAnnualCost, currency: currency),
        savings: ReportFormatting.money(row.annualSavings, currency: currency),
        hypervOverhead: row.hypervOverheadPct.map { ReportFormatting.number($0, decimals: 1) + "%" } ?? "–",
        values: study.keys.map { key in row.assignments.first { $0.key == key }?.value ?? "–" },
        best: index == study.bestIndex)
    }
    if let best = study.best {
      bestText =
        "Best by annual savings: v\(best.number) (\(best.label)): "
        + "\(ReportFormatting.money(best.annualSavings, currency: currency)) a year on "
        + "\(best.hosts) hosts\(best.fargateTasks > 0 ? " and \(best.fargateTasks) Fargate tasks" : "") (run \(best.runId))."
    } else {
      bestText = "No scenario."
    }
    chart = SVGGroupedBarChart(
      title: "Hosts, cost and savings per scenario",
      description:
        "Container hosts, annual cost after (licences and compute) and annual savings of each what-if scenario.",
      series: [
        ChartSeries(name: "Hosts"), ChartSeries(name: "Annual cost", format: ChartValueFormat(prefix: currency + " ")),
        ChartSeries(name: "Annual savings", format: ChartValueFormat(prefix: currency + " ")),
      ],
      groups: study.rows.map {
        ChartGroup(label: "v\($0.number)", values: [Double($0.hosts), $0.targetAnnualCost, $0.annualSavings])
      },
      scale: .perSeries, highlightedGroup: study.best.map { "v\($0.number)" }, width: max(640, Double(count) * 90)
    ).render()
  }
}
