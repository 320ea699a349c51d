import ContainerFitModel

/// Compact JSON text built byte by byte, for the parts of `assessment.json` that repeat a million
/// times: `JSONEncoder` builds a whole document in memory (2–3 GB for a million applications), while
/// this appends one record at a time to a buffer the caller streams to disk.
///
/// Strings are escaped as RFC 8259 requires and nothing more (`/` and non-ASCII stay as they are);
/// numbers are written as `JSONEncoder` writes them, so integral values have no fraction.
struct JSONBytes: ~Copyable {
  private(set) var bytes: ByteBuffer
  /// Whether the next member or element needs a comma before it.
  private var needsComma = false

  init(reservingCapacity capacity: Int = 256) {
    bytes = ByteBuffer(capacity: capacity)
  }

  /// The text written, as a string (small parts and tests).
  var text: String { bytes.text }

  /// The buffer written, for the writer that streams it out.
  consuming func finish() -> ByteBuffer { bytes }

  /// Starts a new top-level value after `separator` (raw bytes: a comma, a line break, indentation).
  mutating func beginLine(_ separator: StaticString) {
    bytes.append(separator)
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
    bytes.append(name)
    bytes.append("\":" as StaticString)
    needsComma = false
  }

  /// Appends a value encoded beforehand by another `JSONBytes` (a whole value, valid JSON).
  mutating func encoded(_ value: UnsafeBufferPointer<UInt8>) {
    separate()
    bytes.append(value)
    needsComma = true
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
    } else if let hundredths = Self.hundredths(value) {
      appendHundredths(hundredths)
    } else {
      bytes.append(value.description)
    }
    needsComma = true
  }

  /// `value` as a whole number of hundredths, when it is the double nearest that many (the scores,
  /// sizes and demands the reports round to two decimals): its shortest text, which `description`
  /// gives, is then those digits, written here without making a string (four per application).
  static func hundredths(_ value: Double) -> Int? {
    guard abs(value) < 1e9 else { return nil }
    let scaled = (value * 100).rounded()
    guard scaled / 100 == value else { return nil }
    return Int(scaled)
  }

  /// `-12.5` for -1250, `0.07` for 7: a value that is not whole, in hundredths.
  private mutating func appendHundredths(_ hundredths: Int) {
    if hundredths < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = hundredths.magnitude
    appendDecimal(Int(magnitude / 100))
    bytes.append(UInt8(ascii: "."))
    let fraction = magnitude % 100
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
    if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
  }

  mutating func number(_ value: Double?) {
    if let value { number(value) } else { null() }
  }

  // Literals are appended as `StaticString`s rather than shared `static let` arrays, which every
  // writer thread would retain and release on each use.
  mutating func bool(_ value: Bool) {
    separate()
    bytes.append(value ? "true" : "false" as StaticString)
    needsComma = true
  }

  mutating func bool(_ value: Bool?) {
    if let value { bool(value) } else { null() }
  }

  mutating func null() {
    separate()
    bytes.append("null" as StaticString)
    needsComma = true
  }

  mutating func strings(_ values: [String]) {
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func appendDecimal(_ value: Int) {
    if value >= 0 && value < 10 {
      bytes.append(UInt8(ascii: "0") + UInt8(value))
    } else {
      TableNumberFormatter.append(value, to: &bytes)
    }
  }

  private mutating func appendEscaped(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    value.withUTF8Bytes { appendEscaped(utf8: $0) }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscaped(utf8: UnsafeBufferPointer<UInt8>) {
    var start = 0
    var index = 0
    while index < utf8.count {
      // Eight bytes at a time while none needs escaping: nearly all of a report's text is plain.
      if index + 8 <= utf8.count,
        !Self.mayNeedEscape(
          UnsafeRawBufferPointer(utf8).loadUnaligned(
            fromByteOffset: index, as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = utf8[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        bytes.append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
        appendEscape(of: byte)
        start = index + 1
      }
      index += 1
    }
    bytes.append(UnsafeBufferPointer(rebasing: utf8[start...]))
  }

  /// Whether any of the eight bytes of `word` is a control character, `"` or `\\` (the bit tricks of
  /// "Bit Twiddling Hacks", exact for the word as a whole; the byte loop then finds which).
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    // A byte below 0x20: subtracting 0x20 borrows into its high bit (bytes ≥ 0x80 excluded by ~word).
    let control = (word &- ones &* 0x20) & ~word & highs != 0
    return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
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
      bytes.append("u00" as StaticString)
      bytes.append(hex[Int(byte >> 4)])
      bytes.append(hex[Int(byte & 0x0F)])
    }
  }
}
