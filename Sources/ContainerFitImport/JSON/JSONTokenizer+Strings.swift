extension JSONTokenizer {
  /// The byte `offset` bytes after the token start, reading more input if needed; nil at the end
  /// of the input. Offsets count from `mark` because refills move the bytes.
  @inline(__always)
  mutating func byte(atTokenOffset offset: Int) throws -> UInt8? {
    while mark + offset >= end {
      if try !refill() { return nil }
    }
    return buffer[mark + offset]
  }

  /// Scans the string starting at `pos` (its opening quote) and returns its decoded text.
  mutating func scanString() throws -> String {
    var offset = pos - mark + 1
    var segmentStart = offset
    var nonASCII = false
    var escaped = false
    while true {
      // The hot loop: plain bytes up to the closing quote, a backslash or a control character.
      let limit = end
      var index = mark + offset
      while index < limit {
        let byte = buffer[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
        if byte >= 0x80 {
          nonASCII = true
          if byte & 0xC0 == 0x80 { continuationBytes += 1 }
        }
        index += 1
      }
      offset = index - mark
      if index == limit {
        if try !refill() {
          throw malformed(at: end, lineMode ? "the line ends inside a string" : "the file ends inside a string")
        }
        continue
      }
      let byte = buffer[index]
      if byte == UInt8(ascii: "\"") {
        let text: String?
        if escaped {
          appendSegment(from: segmentStart, to: offset)
          text = scratch.withUnsafeBufferPointer { Self.makeString($0, nonASCII: nonASCII) }
        } else {
          let bytes = UnsafeBufferPointer(start: buffer + mark + segmentStart, count: offset - segmentStart)
          text = Self.makeString(bytes, nonASCII: nonASCII)
        }
        guard let text else {
          throw ImportError.malformed(location: location, reason: "a string is not valid UTF-8")
        }
        pos = mark + offset + 1
        return text
      }
      if byte < 0x20 {
        let reason =
          byte == 0x0A
          ? (lineMode ? "the line ends inside a string" : "a line break inside a string must be written as \\n")
          : "\(describe(byte)) inside a string must be escaped"
        throw malformed(at: index, reason)
      }
      if !escaped {
        scratch.removeAll(keepingCapacity: true)
        escaped = true
      }
      appendSegment(from: segmentStart, to: offset)
      offset = try decodeEscape(atTokenOffset: offset)
      segmentStart = offset
    }
  }

  private mutating func appendSegment(from start: Int, to stop: Int) {
    guard stop > start else { return }
    scratch.append(contentsOf: UnsafeBufferPointer(start: buffer + mark + start, count: stop - start))
  }

  /// The text of the bytes; nil when they are not valid UTF-8 (only checked when not all ASCII).
  private static func makeString(_ bytes: UnsafeBufferPointer<UInt8>, nonASCII: Bool) -> String? {
    nonASCII ? String(validating: bytes, as: UTF8.self) : String(decoding: bytes, as: UTF8.self)
  }

  /// Decodes the escape whose backslash is at `offset` into `scratch`; returns the offset after it.
  private mutating func decodeEscape(atTokenOffset offset: Int) throws -> Int {
    guard let letter = try byte(atTokenOffset: offset + 1) else {
      throw malformed(at: end, lineMode ? "the line ends inside a string" : "the file ends inside a string")
    }
    let simple: UInt8?
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"): simple = nil
    default:
      throw malformed(at: mark + offset, "invalid escape '\\\(describe(letter).trimmingQuotes)' in a string")
    }
    if let simple {
      scratch.append(simple)
      return offset + 2
    }
    guard let unit = try hexQuad(atTokenOffset: offset + 2) else {
      throw malformed(at: mark + offset, "invalid \\u escape: expected four hexadecimal digits")
    }
    var scalarValue = unit
    var consumed = 6
    switch unit {
    case 0xD800...0xDBFF:
      let low: UInt32?
      if try byte(atTokenOffset: offset + 6) == UInt8(ascii: "\\"),
        try byte(atTokenOffset: offset + 7) == UInt8(ascii: "u")
      {
        low = try hexQuad(atTokenOffset: offset + 8)
      } else {
        low = nil
      }
      guard let low, (0xDC00...0xDFFF).contains(low) else {
        throw malformed(
          at: mark + offset, "unpaired surrogate \\u\(hex(unit)): a high surrogate must be followed by a low one")
      }
      scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
      consumed = 12
    case 0xDC00...0xDFFF:
      throw malformed(at: mark + offset, "unpaired surrogate \\u\(hex(unit)): a low surrogate must follow a high one")
    default:
      break
    }
    if let scalar = Unicode.Scalar(scalarValue) {
      UTF8.encode(scalar) { scratch.append($0) }
    }
    return offset + consumed
  }

  /// Four hex digits as a UTF-16 code unit, or nil.
  private mutating func hexQuad(atTokenOffset offset: Int) throws -> UInt32? {
    var value: UInt32 = 0
    for index in offset..<(offset + 4) {
      guard let byte = try byte(atTokenOffset: index) else { return nil }
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  private func hex(_ unit: UInt32) -> String { String(unit, radix: 16, uppercase: true) }
}

extension String {
  /// `x` for `'x'`: a described byte inside another quotation.
  fileprivate var trimmingQuotes: String {
    hasPrefix("'") && hasSuffix("'") && count == 3 ? String(dropFirst().dropLast()) : self
  }
}
