/// `applications.xlsx`: the applications table as a workbook of one sheet, typed cells and all.
struct ApplicationsWorkbookReporter: Reporter {
  static let format = ReportFormat.xlsx

  func write(_ run: ReportInput, to path: String) throws {
    try XLSXWriter(sheetName: "Applications").write(header: ApplicationsTable.header, rows: run.table.value, to: path)
  }
}
