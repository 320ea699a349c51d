#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a cell's bytes into its trimmed text: quotes removed, `""` unescaped, UTF-8 when the bytes
/// are valid UTF-8 and Windows-1252 otherwise (a Western-locale Excel export).
struct CSVTextDecoder {
  /// The decoded text, and whether it had to be read as Windows-1252.
  struct Text {
    var value: String
    var isWindows1252: Bool
    /// The bytes held a NUL, removed from `value`: it is never text a person typed (a binary or
    /// damaged file), and left in it would cut the value short further on. The caller warns.
    var removedNUL = false
  }

  /// Reused for cells that must be unescaped, so no allocation happens per cell.
  private var scratch: [UInt8] = []

  /// The cell's text, or `nil` when it is empty once blanks are trimmed. `isASCII` says the
  /// caller knows the bytes are ASCII, so they need no check.
  mutating func text(of cell: CSVScanner.Cell, in bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Text? {
    guard cell.needsUnescaping else {
      return Self.decode(UnsafeBufferPointer(rebasing: bytes[cell.valueStart..<cell.valueEnd]), isASCII: isASCII)
    }
    unescape(cell, in: bytes)
    return scratch.withUnsafeBufferPointer { Self.decode($0, isASCII: isASCII) }
  }

  /// Whether the cell holds nothing but blanks (so `text(of:in:)` would return `nil`).
  static func isEmpty(_ cell: CSVScanner.Cell, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = cell.valueStart
    while index < cell.valueEnd {
      let byte = bytes[index]
      if byte != CSVScanner.space, byte != CSVScanner.tab { return false }
      index += 1
    }
    // Escaped cells always hold something (a quote, or text after the closing quote).
    return !cell.needsUnescaping
  }

  private mutating func unescape(_ cell: CSVScanner.Cell, in bytes: UnsafeBufferPointer<UInt8>) {
    scratch.removeAll(keepingCapacity: true)
    var index = cell.start + 1
    var inQuotes = true
    while index < cell.end {
      let byte = bytes[index]
      index += 1
      if inQuotes, byte == CSVScanner.quote {
        if index < cell.end, bytes[index] == CSVScanner.quote {
          scratch.append(byte)
          index += 1
        } else {
          inQuotes = false
        }
      } else {
        scratch.append(byte)
      }
    }
  }

  private static func decode(_ untrimmed: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Text? {
    var start = 0
    var end = untrimmed.count
    while start < end, untrimmed[start] == CSVScanner.space || untrimmed[start] == CSVScanner.tab { start += 1 }
    while end > start, untrimmed[end - 1] == CSVScanner.space || untrimmed[end - 1] == CSVScanner.tab { end -= 1 }
    guard start < end else { return nil }
    let bytes = UnsafeBufferPointer(rebasing: untrimmed[start..<end])
    var text =
      isASCII || isValidUTF8(bytes)
      ? Text(value: String(decoding: bytes, as: UTF8.self), isWindows1252: false)
      : Text(value: Windows1252.decode(bytes), isWindows1252: true)
    // `memchr` on the bytes: far cheaper than looking through the string, and almost never true.
    if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil {
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: text.value.unicodeScalars.lazy.filter { $0 != "\0" })
      text.value = String(scalars)
      text.removedNUL = true
    }
    return text
  }

  /// Strict UTF-8 validation: no overlong forms, no surrogates, nothing past U+10FFFF.
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var scalar: UInt32
      let minimum: UInt32
      switch lead {
      case 0xC2...0xDF: (length, scalar, minimum) = (2, UInt32(lead & 0x1F), 0x80)
      case 0xE0...0xEF: (length, scalar, minimum) = (3, UInt32(lead & 0x0F), 0x800)
      case 0xF0...0xF4: (length, scalar, minimum) = (4, UInt32(lead & 0x07), 0x10000)
      default: return false
      }
      guard index + length <= count else { return false }
      for offset in 1..<length {
        let byte = bytes[index + offset]
        guard byte & 0xC0 == 0x80 else { return false }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return false }
      index += length
    }
    return true
  }
}
