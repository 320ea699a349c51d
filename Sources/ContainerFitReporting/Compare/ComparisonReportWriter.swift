import Foundation

/// Writes `compare.html` and `compare.md` of a comparison into one folder, atomically (both or neither).
public struct ComparisonReportWriter {
  public var templatesFolder: String?
  public var toolVersion: String
  /// The paper of the printed page; with `pdf`, the page is also printed to `compare.pdf` by headless Chromium.
  public var paper: PrintSettings.Paper = .a4
  public var pdf = false
  /// The date the PDF's metadata carries (the run's, so a fixed `SOURCE_DATE_EPOCH` gives fixed bytes).
  public var printDate = Date()

  /// A writer using the shipped templates, or the ones in `templatesFolder` where present.
  public init(toolVersion: String, templatesFolder: String? = nil) {
    self.toolVersion = toolVersion
    self.templatesFolder = templatesFolder
  }

  /// The two reports' text: `compare.html`, then `compare.md`.
  public func render(_ comparison: RunComparison) throws -> (html: String, markdown: String) {
    let templates = try TemplateSet(overrides: templatesFolder)
    let view = ComparisonViewBuilder(comparison: comparison, toolVersion: toolVersion).build()
    return (
      try templates.renderPage(
        view, template: "compare.html",
        print: PrintSettings(paper: paper, header: view.title, footer: "containerfit \(toolVersion)")),
      try templates.render(["view": view], template: "compare.md")
    )
  }

  /// Renders and writes; returns the paths written.
  @discardableResult
  public func write(_ comparison: RunComparison, to folder: String) throws -> [String] {
    let rendered = try render(comparison)
    let files = AtomicFileSet(folder: try OutputFolder(path: folder))
    do {
      try files.add(Data(rendered.html.utf8), named: "compare.html")
      try files.add(Data(rendered.markdown.utf8), named: "compare.md")
      if pdf {
        let chromium = try HeadlessChromium.find()
        try files.add(named: "compare.pdf") { path in
          try chromium.print(htmlText: rendered.html, to: path, date: printDate)
        }
      }
      return try files.commit()
    } catch {
      files.abandon()
      throw error
    }
  }
}
