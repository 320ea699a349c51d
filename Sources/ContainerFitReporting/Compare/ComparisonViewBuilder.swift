/// Builds the `ComparisonView` of a `RunComparison`: picks, orders and formats what the templates show.
struct ComparisonViewBuilder {
  let comparison: RunComparison
  let toolVersion: String
  /// How many changed applications the reports list (the largest score changes first).
  var changedLimit = 200

  /// Headline figures where a rise is good news; for the others (cost, hosts, effort) a fall is.
  private static let higherIsBetter: Set<String> = ["Ready", "Annual savings", "Servers decommissioned"]
  private static let neutral: Set<String> = ["Applications", "Servers", "Minor", "Major", "Annual licence cost today"]

  func build() -> ComparisonView {
    let old = comparison.before
    let new = comparison.after
    let currency = new.summary.licensing.currency
    let changed = comparison.changed.prefix(changedLimit).map { change in
      ComparisonView.ChangeRow(
        id: change.id, name: change.name, scoreBefore: ReportFormatting.compact(change.scoreBefore),
        scoreAfter: ReportFormatting.compact(change.scoreAfter),
        scoreChange: Self.signed(change.scoreAfter - change.scoreBefore, decimals: 1),
        verdictBefore: change.verdictBefore, verdictAfter: change.verdictAfter,
        appeared: change.appeared.joined(separator: ", "), disappeared: change.disappeared.joined(separator: ", "))
    }
    let hidden = comparison.changed.count - changed.count
    return ComparisonView(
      title: "Run comparison — \(old.id) → \(new.id)", toolVersion: toolVersion,
      before: ComparisonView.Run(id: old.id, name: old.name, createdAt: old.createdAt),
      after: ComparisonView.Run(id: new.id, name: new.name, createdAt: new.createdAt),
      summaryText: summaryText(currency: currency),
      deltas: comparison.deltas.map(deltaRow),
      verdictChart: SVGGroupedBarChart(
        title: "Verdicts", description: "Applications per verdict in each run.",
        series: [ChartSeries(name: "Before (\(old.id))"), ChartSeries(name: "After (\(new.id))")],
        groups: RunComparison.verdicts.indices.map { index in
          ChartGroup(
            label: RunComparison.verdicts[index],
            values: [old, new].map { Double(Self.verdictCounts($0.summary)[index]) })
        }
      ).render(),
      hostsChart: SVGGroupedBarChart(
        title: "Container hosts", description: "Target hosts and their lower bound in each run.",
        series: [ChartSeries(name: "Before (\(old.id))"), ChartSeries(name: "After (\(new.id))")],
        groups: [
          ChartGroup(label: "hosts", values: [old, new].map { Double($0.summary.consolidation.targetHosts) }),
          ChartGroup(
            label: "lower bound", values: [old, new].map { Double($0.summary.consolidation.lowerBoundHosts) }),
        ]
      ).render(),
      costChart: SVGGroupedBarChart(
        title: "Annual cost and savings",
        description: "A year's cost today and after (licences and compute) and the saving of each run, in \(currency).",
        series: [
          ChartSeries(name: "Before (\(old.id))", format: ChartValueFormat(prefix: currency + " ")),
          ChartSeries(name: "After (\(new.id))", format: ChartValueFormat(prefix: currency + " ")),
        ],
        groups: [
          ChartGroup(label: "cost today", values: [old, new].map { $0.summary.annual.before }),
          ChartGroup(label: "cost after", values: [old, new].map { $0.summary.annual.after }),
          ChartGroup(label: "savings", values: [old, new].map { $0.summary.annual.savings }),
        ]
      ).render(),
      verdicts: RunComparison.verdicts,
      movement: comparison.movement.indices.map { row in
        ComparisonView.MovementRow(
          verdict: RunComparison.verdicts[row],
          cells: comparison.movement[row].indices.map {
            ComparisonView.MovementCell(count: comparison.movement[row][$0], unchanged: $0 == row)
          },
          total: comparison.movement[row].reduce(0, +))
      },
      changed: Array(changed), hasChanged: !changed.isEmpty,
      changedNote: hidden > 0
        ? "The \(changed.count) largest score changes are listed; \(hidden) more applications changed." : "",
      added: comparison.added.map(appRow), hasAdded: !comparison.added.isEmpty,
      removed: comparison.removed.map(appRow), hasRemoved: !comparison.removed.isEmpty,
      scenario: comparison.scenarioDifferences.map {
        ComparisonView.ScenarioRow(key: $0.key, before: $0.before ?? "–", after: $0.after ?? "–")
      },
      hasScenario: !comparison.scenarioDifferences.isEmpty)
  }

  private func summaryText(currency: String) -> String {
    let hosts = comparison.delta("Container hosts")?.change ?? 0
    let savings = comparison.delta("Annual savings")?.change ?? 0
    var parts = [
      "\(comparison.changed.count) applications changed score or verdict "
        + "(\(comparison.improved) to a better verdict, \(comparison.worsened) to a worse one)",
      "\(comparison.added.count) added, \(comparison.removed.count) removed",
      "container hosts \(Self.signed(hosts))",
      "annual savings \(Self.signed(savings, prefix: currency + " "))",
    ]
    if !comparison.scenarioDifferences.isEmpty {
      parts.append("\(comparison.scenarioDifferences.count) scenario keys differ")
    }
    return parts.joined(separator: "; ") + "."
  }

  private func deltaRow(_ delta: RunComparison.Delta) -> ComparisonView.DeltaRow {
    let isMoney = delta.label.hasPrefix("Annual")
    let decimals = isMoney || delta.label.contains("(") ? 2 : 0
    let prefix = isMoney ? comparison.after.summary.licensing.currency + " " : ""
    var trend = ""
    if delta.change != 0, !Self.neutral.contains(delta.label) {
      trend = (delta.change > 0) == Self.higherIsBetter.contains(delta.label) ? "better" : "worse"
    }
    func plain(_ value: Double) -> String { prefix + Self.figure(value, decimals: decimals) }
    return ComparisonView.DeltaRow(
      label: delta.label, before: plain(delta.before), after: plain(delta.after),
      change: Self.signed(delta.change, decimals: decimals, prefix: prefix), trend: trend)
  }

  private func appRow(_ app: RunSnapshot.Application) -> ComparisonView.AppRow {
    ComparisonView.AppRow(id: app.id, name: app.name, score: ReportFormatting.compact(app.score), verdict: app.verdict)
  }

  static func verdictCounts(_ summary: AssessmentDocument.Summary) -> [Int] {
    [
      summary.verdicts.ready, summary.verdicts.minor, summary.verdicts.major, summary.verdicts.insufficientData,
      summary.verdicts.unsuitable,
    ]
  }

  /// `12,345.5`: grouped, with at most `decimals` decimals and no trailing zeros.
  static func figure(_ value: Double, decimals: Int) -> String {
    var text = ReportFormatting.number(value, decimals: decimals)
    guard decimals > 0 else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// `+3`, `−2.5`, `0`: the change with its sign.
  static func signed(_ value: Double, decimals: Int = 0, prefix: String = "") -> String {
    let trimmed = figure(abs(value), decimals: decimals)
    if trimmed == "0" { return prefix + "0" }
    return (value > 0 ? "+" : "−") + prefix + trimmed
  }
}
