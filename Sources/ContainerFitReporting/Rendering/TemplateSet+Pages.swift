internal import Crypto
import Foundation

extension TemplateSet {
  /// Renders an HTML page template (`report.html`, `compare.html`, `whatif.html`) with the shared
  /// script inline and its hash for the page's Content Security Policy, which allows exactly this
  /// script, so no injected script could ever run.
  func renderPage(_ view: Any, template name: String) throws -> String {
    let script = try render([String: String](), template: "report.js")
    let hash = "sha256-" + Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString()
    return try render(["view": view, "script": script, "scriptHash": hash], template: name)
  }
}
