/// `report.md`: the same content as the HTML report, as GitHub-flavoured Markdown. Inventory text
/// is escaped by the template's MARKDOWN content type (pipes, newlines, link and emphasis syntax).
struct MarkdownReporter {
  let templates: TemplateSet

  func render(_ view: ReportView) throws -> String {
    try templates.render(["view": view], template: "report.md")
  }
}
