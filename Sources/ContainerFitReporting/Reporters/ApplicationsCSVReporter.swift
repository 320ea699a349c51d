/// `applications.csv`: the applications table, one row per application, for Excel and scripts.
struct ApplicationsCSVReporter: Reporter {
  static let format = ReportFormat.csv

  func write(_ run: ReportInput, to path: String) throws {
    try CSVTableWriter().write(header: ApplicationsTable.header, rows: run.table.value, to: path)
  }
}
