import ContainerFitModel
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
    let script = try templates.render([String: String](), template: "report.js")
    // The policy allows exactly this script (by hash), so no injected script could ever run.
    var sha = SHA256()
    sha.update(Array(script.utf8))
    let hash = "sha256-" + Data(sha.digest()).base64EncodedString()
    let context: [String: Any] = ["view": view, "script": script, "scriptHash": hash]
    return try templates.render(context, template: "report.html")
  }
}
