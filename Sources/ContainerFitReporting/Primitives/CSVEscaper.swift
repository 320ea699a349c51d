import ContainerFitModel

/// Turns table cells into CSV fields: RFC 4180 quoting plus formula-injection neutralisation, so a
/// spreadsheet opening the file never evaluates inventory text.
public enum CSVEscaper {
  /// The field for a cell. Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (the
  /// OWASP advice; spreadsheets then show it as text). Numbers are written as numbers, negative ones
  /// included, because they come typed from the assessment, not from inventory text.
  public static func field(for cell: TableCell) -> String {
    switch cell {
    case .text(let text): escapeText(text)
    case .number, .integer, .empty: cell.plainText
    }
  }

  /// The field for a text value: neutralised, then quoted when it holds `,`, `"`, CR or LF (quotes doubled).
  public static func escapeText(_ text: String) -> String {
    var bytes = ByteBuffer()
    appendText(text, to: &bytes)
    return bytes.text
  }

  /// Appends the field for a text value to a byte buffer (the streaming writer's hot path).
  static func appendText(_ text: String, to bytes: inout ByteBuffer) {
    // Scanned as one contiguous buffer: the string's UTF-8 view, iterated generically, was a tenth
    // of writing a million rows.
    text.withUTF8Bytes { appendText(utf8: $0, to: &bytes) }
  }

  /// Appends the field for a text given as UTF-8 bytes.
  static func appendText(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuffer) {
    let needsPrefix = utf8.first.map(isFormulaTrigger) ?? false
    let needsQuotes = utf8.contains { $0 == comma || $0 == quote || $0 == carriageReturn || $0 == lineFeed }
    if needsQuotes { bytes.append(quote) }
    if needsPrefix { bytes.append(UInt8(ascii: "'")) }
    if needsQuotes {
      for byte in utf8 {
        bytes.append(byte)
        if byte == quote { bytes.append(quote) }
      }
      bytes.append(quote)
    } else {
      bytes.append(utf8)
    }
  }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let lineFeed = UInt8(ascii: "\n")

  private static func isFormulaTrigger(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"),
      UInt8(ascii: "\r"):
      true
    default: false
    }
  }
}
