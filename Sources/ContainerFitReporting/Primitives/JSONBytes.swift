/// Compact JSON text built byte by byte, for the parts of `assessment.json` that repeat a million
/// times: `JSONEncoder` builds a whole document in memory (2–3 GB for a million applications), while
/// this appends one record at a time to a buffer the caller streams to disk.
///
/// Strings are escaped as RFC 8259 requires and nothing more (`/` and non-ASCII stay as they are);
/// numbers are written as `JSONEncoder` writes them, so integral values have no fraction.
struct JSONBytes {
  private(set) var bytes: [UInt8] = []
  /// Whether the next member or element needs a comma before it.
  private var needsComma = false

  init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    needsComma = false
  }

  mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Starts a member of the current object; its value follows.
  mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  mutating func string(_ value: String) {
    separate()
    appendEscaped(value)
    needsComma = true
  }

  mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  mutating func number(_ value: Int) {
    separate()
    appendDecimal(value)
    needsComma = true
  }

  mutating func number(_ value: Int?) {
    if let value { number(value) } else { null() }
  }

  /// JSON has no NaN or infinity: such a value is written as `null` rather than making the file unreadable.
  mutating func number(_ value: Double) {
    guard value.isFinite else { return null() }
    separate()
    if value == value.rounded(), abs(value) < 1e15 {
      appendDecimal(Int(value))
    } else {
      bytes.append(contentsOf: value.description.utf8)
    }
    needsComma = true
  }

  mutating func number(_ value: Double?) {
    if let value { number(value) } else { null() }
  }

  mutating func bool(_ value: Bool) {
    separate()
    bytes.append(contentsOf: value ? Self.trueLiteral : Self.falseLiteral)
    needsComma = true
  }

  mutating func null() {
    separate()
    bytes.append(contentsOf: Self.nullLiteral)
    needsComma = true
  }

  mutating func strings(_ values: [String]) {
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// Appends already-encoded JSON text (a value encoded elsewhere) as the next value.
  mutating func raw(_ json: some Sequence<UInt8>) {
    separate()
    bytes.append(contentsOf: json)
    needsComma = true
  }

  // Literals made once: an array literal in a method is built anew on every call.
  private static let trueLiteral = Array("true".utf8)
  private static let falseLiteral = Array("false".utf8)
  private static let nullLiteral = Array("null".utf8)
  private static let hexDigits = Array("0123456789abcdef".utf8)

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func appendDecimal(_ value: Int) {
    if value >= 0 && value < 10 {
      bytes.append(UInt8(ascii: "0") + UInt8(value))
    } else {
      bytes.append(contentsOf: String(value).utf8)
    }
  }

  private mutating func appendEscaped(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var start = 0
      for index in utf8.indices {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
        appendEscape(of: byte)
        start = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscape(of byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      let hex = Self.hexDigits
      bytes.append(contentsOf: [
        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)],
      ])
    }
  }
}
