/// Escapes inventory text for GitHub-flavoured Markdown, in table cells and running text, so that
/// `[x](javascript:alert(1))`, `<script>` or `a | b` render as the literal characters.
public enum MarkdownEscaper {
  /// Backslash-escapes every character with Markdown meaning (CommonMark allows a backslash before any
  /// ASCII punctuation), `|` included so a cell cannot split a table row, and turns each line break
  /// (CRLF, CR or LF) into ` / `, since a table row must stay on one line. No HTML is produced.
  public static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { needsEscaping($0) }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\n" where previousWasCR:
        continue
      case "\r", "\n":
        result += " / "
      case "\u{0}":
        result += "\u{FFFD}"
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#", "!":
        result += "\\"
        result.unicodeScalars.append(scalar)
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func needsEscaping(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\r"), UInt8(ascii: "\n"), 0, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"),
      UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "!"):
      true
    default: false
    }
  }
}
