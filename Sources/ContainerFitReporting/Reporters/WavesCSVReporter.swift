/// `waves.csv`: the wave of every application that moves, with the reason for its wave
/// (blueprints.md, "Waves"), sorted by app id.
struct WavesCSVReporter: Reporter {
  static let format = ReportFormat.waves
  static let header = ["wave", "app_id", "app_name", "server_id", "reason"]

  func write(_ run: ReportInput, to path: String) throws {
    let (plan, assessed) = (run.outcome.waves, run.outcome.assessed)
    let rows = TableRows(count: plan.order.count) { index in
      let entry = plan.assignment(index, of: assessed)
      return [
        .integer(entry.wave), .text(entry.appId), .text(entry.appName), .text(entry.serverId), .text(entry.reason),
      ]
    }
    try CSVTableWriter().write(header: Self.header, rows: rows, to: path)
  }
}
