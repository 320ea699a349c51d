import ContainerFitModel
import Foundation

extension TemplateSet {
  /// Renders an HTML page template (`compare.html`, `whatif.html`) the way `report.html` is rendered:
  /// with the shared script inline and its hash for the page's Content Security Policy.
  func renderPage(_ view: Any, template name: String) throws -> String {
    let script = try render([String: String](), template: "report.js")
    var sha = SHA256()
    sha.update(Array(script.utf8))
    let hash = "sha256-" + Data(sha.digest()).base64EncodedString()
    return try render(["view": view, "script": script, "scriptHash": hash], template: name)
  }
}
