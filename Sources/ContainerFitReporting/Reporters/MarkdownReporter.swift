import Foundation

/// `report.md`: the same content as the HTML report, as GitHub-flavoured Markdown. Inventory text
/// is escaped by the template's MARKDOWN content type (pipes, newlines, link and emphasis syntax).
struct MarkdownReporter: Reporter {
  static let format = ReportFormat.md
  let templates: TemplateSet

  func write(_ run: ReportInput, to path: String) throws {
    try AtomicFileSet.write(Data(try render(run.view.value).utf8), to: path)
  }

  func render(_ view: ReportView) throws -> String {
    try templates.render(["view": view], template: "report.md")
  }
}
