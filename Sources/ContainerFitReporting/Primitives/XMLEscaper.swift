import ContainerFitModel

/// Escapes text for XML 1.0 documents (worksheet parts, SVG): `&`, `<`, `>`, `"`, `'` become references,
/// CR becomes `&#13;` (parsers would turn a raw CR into LF), and characters XML 1.0 forbids (C0 controls
/// other than tab, LF and CR; U+FFFE; U+FFFF) are dropped, since no escape can represent them.
public enum XMLEscaper {
  /// The escaped text, usable in element content and in attribute values quoted with either quote.
  public static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF || specialByte($0) }) else { return text }
    var bytes = ByteBuffer(capacity: text.utf8.count + 16)
    append(text, to: &bytes)
    return bytes.text
  }

  /// Appends the escaped UTF-8 of `text` to `bytes` (the worksheet writer's hot path).
  static func append(_ text: String, to bytes: inout ByteBuffer) {
    text.withUTF8Bytes { append($0, to: &bytes) }
  }

  /// Copies runs of plain bytes whole; only the bytes that need a reference or are dropped are
  /// handled one by one.
  static func append(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuffer) {
    var index = utf8.startIndex
    var runStart = index
    let end = utf8.endIndex
    while index < end {
      let byte = utf8[index]
      guard byte < 0x20 || byte == 0xEF || specialByte(byte) else {
        index += 1
        continue
      }
      bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      switch byte {
      case UInt8(ascii: "&"): bytes.append(ampersand)
      case UInt8(ascii: "<"): bytes.append(lessThan)
      case UInt8(ascii: ">"): bytes.append(greaterThan)
      case UInt8(ascii: "\""): bytes.append(quote)
      case UInt8(ascii: "'"): bytes.append(apostrophe)
      case UInt8(ascii: "\r"): bytes.append(carriageReturn)
      case UInt8(ascii: "\t"), UInt8(ascii: "\n"): bytes.append(byte)
      case 0..<0x20: break
      case 0xEF where index + 2 < end && utf8[index + 1] == 0xBF && (utf8[index + 2] & 0xFE) == 0xBE:
        // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters.
        index += 2
      default: bytes.append(byte)
      }
      index += 1
      runStart = index
    }
    bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<end]))
  }

  private static func specialByte(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
      || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
  }

  private static let ampersand: StaticString = "&amp;"
  private static let lessThan: StaticString = "&lt;"
  private static let greaterThan: StaticString = "&gt;"
  private static let quote: StaticString = "&quot;"
  private static let apostrophe: StaticString = "&apos;"
  private static let carriageReturn: StaticString = "&#13;"
}
