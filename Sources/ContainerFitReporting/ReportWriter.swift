import ContainerFitConcurrency
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
      // What several formats share is built once: the report view (HTML, Markdown) by the first of
      // their threads to need it, and the applications table's rows (CSV, workbook).
      let detailCount = self.detailCount
      let view = BuiltOnce { ReportViewBuilder(outcome: outcome, detailCount: detailCount).build() }
      let rows =
        formats.contains(where: { $0 == .csv || $0 == .xlsx }) ? ApplicationsTable(outcome: outcome).rows() : nil
      try files.add(concurrently: formats.map { format in Self.file(format, outcome, view, rows, templates) })
      return try files.commit()
    } catch {
      files.abandon()
      throw error
    }
  }

  /// How one format is written.
  private static func file(
    _ format: ReportFormat, _ outcome: AssessmentOutcome, _ view: BuiltOnce<ReportView>, _ rows: TableRows?,
    _ templates: TemplateSet
  ) -> AtomicFileSet.ConcurrentFile {
    switch format {
    case .html:
      return AtomicFileSet.ConcurrentFile(name: format.fileName) { path in
        try AtomicFileSet.write(Data(try HTMLReporter(templates: templates).render(view.value).utf8), to: path)
      }
    case .md:
      return AtomicFileSet.ConcurrentFile(name: format.fileName) { path in
        try AtomicFileSet.write(Data(try MarkdownReporter(templates: templates).render(view.value).utf8), to: path)
      }
    case .json:
      return AtomicFileSet.ConcurrentFile(name: format.fileName) { path in
        try AssessmentJSONWriter().write(outcome, to: path)
      }
    case .csv:
      return AtomicFileSet.ConcurrentFile(name: format.fileName) { path in
        try CSVTableWriter().write(header: ApplicationsTable.header, rows: rows!, to: path)
      }
    case .xlsx:
      return AtomicFileSet.ConcurrentFile(name: format.fileName) { path in
        try XLSXWriter(sheetName: "Applications").write(header: ApplicationsTable.header, rows: rows!, to: path)
      }
    }
  }
}
