/// `report.html`: one self-contained page (inline CSS, SVG and a small script; a Content Security
/// Policy forbids any request), readable without JavaScript and printable.
struct HTMLReporter {
  let templates: TemplateSet

  func render(_ view: ReportView) throws -> String {
    try templates.renderPage(view, template: "report.html")
  }
}
