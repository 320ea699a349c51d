import Foundation

/// Writes `whatif.html` and `whatif.md` of a what-if study into one folder, atomically (both or neither).
public struct WhatIfReportWriter {
  public var templatesFolder: String?
  public var toolVersion: String
  /// The paper of the printed page; with `pdf`, the page is also printed to `whatif.pdf` by headless Chromium.
  public var paper: PrintSettings.Paper = .a4
  public var pdf = false
  /// The date the PDF's metadata carries (the run's, so a fixed `SOURCE_DATE_EPOCH` gives fixed bytes).
  public var printDate = Date()

  /// A writer using the shipped templates, or the ones in `templatesFolder` where present.
  public init(toolVersion: String, templatesFolder: String? = nil) {
    self.toolVersion = toolVersion
    self.templatesFolder = templatesFolder
  }

  /// The two reports' text: `whatif.html`, then `whatif.md`.
  public func render(_ study: WhatIfStudy) throws -> (html: String, markdown: String) {
    let templates = try TemplateSet(overrides: templatesFolder)
    let view = WhatIfView(study, toolVersion: toolVersion)
    return (
      try templates.renderPage(
        view, template: "whatif.html",
        print: PrintSettings(paper: paper, header: view.title, footer: "containerfit \(toolVersion)")),
      try templates.render(["view": view], template: "whatif.md")
    )
  }

  /// Renders and writes; returns the paths written.
  @discardableResult
  public func write(_ study: WhatIfStudy, to folder: String) throws -> [String] {
    let rendered = try render(study)
    let files = AtomicFileSet(folder: try OutputFolder(path: folder))
    do {
      try files.add(Data(rendered.html.utf8), named: "whatif.html")
      try files.add(Data(rendered.markdown.utf8), named: "whatif.md")
      if pdf {
        let chromium = try HeadlessChromium.find()
        try files.add(named: "whatif.pdf") { path in
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
