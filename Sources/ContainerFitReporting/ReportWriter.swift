import ContainerFitModel
import Foundation

/// Writes the chosen report files of a finished run into one folder, atomically: every file is
/// rendered to a temporary file first, and only when all are ready are they moved into place.
public struct ReportWriter {
  public var formats: [ReportFormat]
  /// How many of the worst and best applications the HTML/Markdown detail lists.
  public var detailCount: Int
  public var templatesFolder: String?

  public init(formats: [ReportFormat] = ReportFormat.allCases, detailCount: Int = 25, templatesFolder: String? = nil) {
    self.formats = formats
    self.detailCount = detailCount
    self.templatesFolder = templatesFolder
  }

  /// Renders and writes; returns the paths written, in format order.
  @discardableResult
  public func write(_ outcome: AssessmentOutcome, to folder: String) throws -> [String] {
    let templates = try TemplateSet(overrides: templatesFolder)
    let output = try OutputFolder(path: folder)
    let files = AtomicFileSet(folder: output)
    do {
      var view: ReportView?
      func reportView() -> ReportView {
        if let view { return view }
        let built = ReportViewBuilder(outcome: outcome, detailCount: detailCount).build()
        view = built
        return built
      }
      // The CSV and the workbook hold the same rows: their lookup tables are built once.
      var rows: TableRows?
      func tableRows() -> TableRows {
        if let rows { return rows }
        let built = ApplicationsTable(outcome: outcome).rows()
        rows = built
        return built
      }
      for format in formats {
        switch format {
        case .html:
          try files.add(Data(try HTMLReporter(templates: templates).render(reportView()).utf8), named: format.fileName)
        case .md:
          try files.add(
            Data(try MarkdownReporter(templates: templates).render(reportView()).utf8), named: format.fileName)
        case .json:
          try files.add(named: format.fileName) { path in try AssessmentJSONWriter().write(outcome, to: path) }
        case .csv:
          try files.add(named: format.fileName) { path in
            try CSVTableWriter().write(header: ApplicationsTable.header, rows: tableRows(), to: path)
          }
        case .xlsx:
          let writer = XLSXWriter(sheetName: "Applications")
          try files.add(named: format.fileName) { path in
            try writer.write(header: ApplicationsTable.header, rows: tableRows(), to: path)
          }
        }
      }
      return try files.commit()
    } catch {
      files.abandon()
      throw error
    }
  }
}
