internal import Crypto
import Foundation

extension TemplateSet {
  /// Renders an HTML page template (`report.html`, `compare.html`, `whatif.html`) with the shared
  /// script inline and its hash for the page's Content Security Policy, which allows exactly this
  /// script, so no injected script could ever run.
  /// `print` sets the paper and the page margins' text.
  func renderPage(_ view: Any, template name: String, print: PrintSettings) throws -> String {
    let script = try render([String: String](), template: "report.js")
    let hash = "sha256-" + Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString()
    return try render(
      ["view": view, "script": script, "scriptHash": hash, "print": print.context], template: name)
  }
}
