import Foundation
import Mustache

/// The `{{% CONTENT_TYPE: MARKDOWN}}` of the Markdown template: every `{{value}}` is escaped for a
/// GitHub-flavoured Markdown table cell, so inventory text never becomes a link, markup or a column.
struct MarkdownContentType: MustacheContentType {
  func escapeText(_ text: String) -> String { MarkdownEscaper.escape(text) }

  private static let registration: Void = {
    MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
  }()

  static func registerOnce() { _ = registration }
}
