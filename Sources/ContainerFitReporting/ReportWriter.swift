import ContainerFitConcurrency
import ContainerFitModel
import ContainerFitRun
import Foundation

/// Writes the chosen report files of a finished run into one folder, atomically: every file is
/// rendered to a temporary file first, and only when all are ready are they moved into place.
public struct ReportWriter {
  public var formats: [ReportFormat]
  /// How many of the worst and best applications the HTML/Markdown detail lists.
  public var detailCount: Int
  public var templatesFolder: String?
  /// The paper of the printed report (its `@page` size, and so the PDF's).
  public var paper: PrintSettings.Paper = .a4

  public init(formats: [ReportFormat] = ReportFormat.defaults, detailCount: Int = 25, templatesFolder: String? = nil) {
    self.formats = formats
    self.detailCount = detailCount
    self.templatesFolder = templatesFolder
  }

  /// Renders and writes; returns the paths written, in format order.
  @discardableResult
  public func write(_ outcome: AssessmentOutcome, to folder: String) throws -> [String] {
    let templates = try TemplateSet(overrides: templatesFolder)
    // Found before anything is written: a missing browser fails the run, not half of it.
    let chromium = formats.contains(.pdf) ? try HeadlessChromium.find() : nil
    let output = try OutputFolder(path: folder)
    let files = AtomicFileSet(folder: output)
    do {
      let run = ReportInput(outcome, detailCount: detailCount)
      try files.add(
        concurrently: formats.map { format in
          let reporter = Self.reporter(for: format, templates: templates, paper: paper, chromium: chromium)
          return AtomicFileSet.ConcurrentFile(name: format.fileName) { path in try reporter.write(run, to: path) }
        })
      return try files.commit()
    } catch {
      files.abandon()
      throw error
    }
  }

  /// The reporter that writes `format`.
  static func reporter(
    for format: ReportFormat, templates: TemplateSet, paper: PrintSettings.Paper = .a4,
    chromium: HeadlessChromium? = nil
  ) -> any Reporter {
    switch format {
    case .html: return HTMLReporter(templates: templates, paper: paper)
    case .md: return MarkdownReporter(templates: templates)
    case .json: return AssessmentJSONReporter()
    case .csv: return ApplicationsCSVReporter()
    case .xlsx: return ApplicationsWorkbookReporter()
    case .blueprints: return BlueprintsReporter()
    case .waves: return WavesCSVReporter()
    case .pdf:
      return PDFReporter(
        html: HTMLReporter(templates: templates, paper: paper),
        chromium: chromium ?? HeadlessChromium(executable: "/usr/bin/chromium"))
    }
  }
}
