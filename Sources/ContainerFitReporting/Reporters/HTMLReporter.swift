import Foundation

/// `report.html`: one self-contained page (inline CSS, SVG and a small script; a Content Security
/// Policy forbids any request), readable without JavaScript and printable.
struct HTMLReporter: Reporter {
  static let format = ReportFormat.html
  let templates: TemplateSet

  func write(_ run: ReportInput, to path: String) throws {
    try AtomicFileSet.write(Data(try render(run.view.value).utf8), to: path)
  }

  func render(_ view: ReportView) throws -> String {
    try templates.renderPage(view, template: "report.html")
  }
}
