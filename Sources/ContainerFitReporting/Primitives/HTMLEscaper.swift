/// Escapes inventory text for HTML text nodes and quoted attribute values, so names such as
/// `<script>` or `"><img onerror=…>` show as literal text.
public enum HTMLEscaper {
  /// Replaces `&`, `<`, `>`, `"` and `'` with character references; safe in text and in attribute
  /// values quoted with either quote character. NUL, which HTML parsers drop or replace, becomes U+FFFD.
  public static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { needsEscaping($0) }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\u{0}": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func needsEscaping(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0: true
    default: false
    }
  }
}
