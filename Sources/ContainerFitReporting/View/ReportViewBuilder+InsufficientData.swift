import ContainerFitAssessment
import ContainerFitModel

// The applications with insufficient data: what each lacks and how to collect it, so the next round
// of data collection can start from the report.

extension ReportViewBuilder {
  /// The applications with insufficient data (at most `limit`, lowest confidence first) and the
  /// fields they lack, most often lacking first.
  func insufficientData(limit: Int = 200) -> (
    apps: [ReportView.InsufficientRow], fields: [ReportView.CollectRow], note: String
  ) {
    let assessedNames = Set(ConfidenceEstimator.assessedFields)
    var indices: [Int] = []
    var counts: [String: Int] = [:]
    // Fields read in place: a copy of each application (a dozen references) costs more than the count.
    outcome.assessed.withUnsafeBufferPointer { apps in
      for index in apps.indices where apps[index].verdict == .insufficientData {
        indices.append(index)
        for gap in apps[index].dataGaps where assessedNames.contains(gap) { counts[gap, default: 0] += 1 }
      }
    }
    let assessed = outcome.assessed
    indices.sort { (assessed[$0].confidence, assessed[$0].id) < (assessed[$1].confidence, assessed[$1].id) }
    let apps = indices.prefix(limit).map { index in
      let app = assessed[index]
      let server = outcome.estate.server(ofApplication: index)
      return ReportView.InsufficientRow(
        id: app.id, name: app.name, server: server.hostname ?? app.serverId,
        confidence: ReportFormatting.number(app.confidence, decimals: 2),
        fields: app.dataGaps.filter(assessedNames.contains).joined(separator: ", "))
    }
    let fields = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
      ReportView.CollectRow(field: $0.key, count: $0.value, source: GapAdvice.source(for: $0.key))
    }
    let minimum = ReportFormatting.number(outcome.scenario.scoring.minConfidence, decimals: 2)
    var note =
      "\(ReportFormatting.integer(indices.count)) applications have no blocker but a confidence under "
      + "\(minimum) (scoring.min_confidence): their unknown fields would be scored best-case, so they are not "
      + "counted as ready, not planned onto hosts and not in the effort. Collect the fields below and run again."
    if indices.count > apps.count {
      note += " The \(apps.count) with the lowest confidence are listed; applications.csv lists them all."
    }
    return (apps, fields, note)
  }
}
