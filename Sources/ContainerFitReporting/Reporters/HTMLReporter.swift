import Foundation

/// `report.html`: one self-contained page (inline CSS, SVG and a small script; a Content Security
/// Policy forbids any request), readable without JavaScript and printable.
struct HTMLReporter: Reporter {
  static let format = ReportFormat.html
  let templates: TemplateSet
  var paper: PrintSettings.Paper = .a4

  func write(_ run: ReportInput, to path: String) throws {
    try AtomicFileSet.write(Data(try render(run.view.value).utf8), to: path)
  }

  func render(_ view: ReportView) throws -> String {
    try templates.renderPage(view, template: "report.html", print: Self.print(view, paper: paper))
  }

  /// The report's margins: client and document at the top, run and date at the bottom.
  static func print(_ view: ReportView, paper: PrintSettings.Paper) -> PrintSettings {
    PrintSettings(
      paper: paper, header: "\(view.client) — Windows container migration assessment",
      footer: "Run \(view.runId), \(view.date)")
  }
}

/// `report.pdf`: the HTML report printed by headless Chromium, dated by the run.
struct PDFReporter: Reporter {
  static let format = ReportFormat.pdf
  let html: HTMLReporter
  let chromium: HeadlessChromium

  func write(_ run: ReportInput, to path: String) throws {
    try chromium.print(htmlText: try html.render(run.view.value), to: path, date: run.outcome.context.createdAt)
  }
}
