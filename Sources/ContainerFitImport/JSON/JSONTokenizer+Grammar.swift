extension JSONTokenizer {
  /// The next token. Throws `ImportError.malformed` at the exact line and column of a syntax error.
  mutating func next() throws -> JSONToken {
    while true {
      guard let byte = try nextSignificantByte() else { return try endOfInput() }
      tokenLine = line
      tokenColumn = column(at: pos)
      mark = pos
      switch state {
      case .value, .firstValueOrEnd:
        if byte == UInt8(ascii: "]"), state == .firstValueOrEnd {
          pos += 1
          return closeContainer()
        }
        return try value(startingWith: byte)
      case .firstKeyOrEnd, .key:
        if byte == UInt8(ascii: "\"") {
          let name = try scanString()
          state = .colon
          return .key(name)
        }
        if byte == UInt8(ascii: "}"), state == .firstKeyOrEnd {
          pos += 1
          return closeContainer()
        }
        let expected = state == .key ? "expected a string key after ','" : "expected a string key or '}'"
        throw malformed(at: pos, "\(expected), found \(describe(byte))")
      case .colon:
        guard byte == UInt8(ascii: ":") else {
          throw malformed(at: pos, "expected ':' after an object key, found \(describe(byte))")
        }
        pos += 1
        state = .value
      case .commaOrEnd:
        let inObject = stack.last == true
        if byte == UInt8(ascii: ",") {
          pos += 1
          state = inObject ? .key : .value
        } else if byte == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          pos += 1
          return closeContainer()
        } else if inObject {
          throw malformed(at: pos, "expected ',' or '}' after an object member, found \(describe(byte))")
        } else {
          throw malformed(at: pos, "expected ',' or ']' after an array element, found \(describe(byte))")
        }
      case .done:
        throw malformed(at: pos, "unexpected \(describe(byte)) after the end of the JSON document")
      case .lineEnd:
        throw malformed(at: pos, "unexpected \(describe(byte)) after the record: one record per line")
      }
    }
  }

  /// Skips whitespace (counting lines) and returns the next byte without consuming it, or nil at
  /// the end of the input.
  private mutating func nextSignificantByte() throws -> UInt8? {
    while true {
      if pos == end {
        mark = pos
        if try !refill() { return nil }
      }
      let byte = buffer[pos]
      switch byte {
      case 0x20, 0x09, 0x0D:
        pos += 1
      case 0x0A:
        if lineMode {
          if !stack.isEmpty || state == .colon {
            throw malformed(at: pos, "the line ends before the record is complete")
          }
          state = .value
        }
        pos += 1
        line += 1
        lineStart = base + pos
        continuationBytes = 0
      default:
        return byte
      }
    }
  }

  private mutating func endOfInput() throws -> JSONToken {
    mark = pos
    tokenLine = line
    tokenColumn = column(at: pos)
    switch state {
    case .done, .lineEnd:
      return .endOfInput
    case .value where stack.isEmpty:
      return .endOfInput
    default:
      let inside = stack.last == true ? "an object" : "an array"
      let reason = lineMode ? "the line ends before the record is complete" : "the file ends inside \(inside)"
      throw malformed(at: pos, reason)
    }
  }

  private mutating func value(startingWith byte: UInt8) throws -> JSONToken {
    switch byte {
    case UInt8(ascii: "{"):
      try open(object: true)
      return .objectStart
    case UInt8(ascii: "["):
      try open(object: false)
      return .arrayStart
    case UInt8(ascii: "\""):
      let text = try scanString()
      afterValue()
      return .string(text)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let number = try scanNumber()
      afterValue()
      return number
    case UInt8(ascii: "t"):
      try scanLiteral("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try scanLiteral("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try scanLiteral("null")
      return .null
    default:
      throw malformed(at: pos, "expected a value, found \(describe(byte))")
    }
  }

  private mutating func open(object: Bool) throws {
    if stack.count >= Self.maximumDepth {
      throw malformed(at: pos, "nesting deeper than \(Self.maximumDepth) levels")
    }
    stack.append(object)
    pos += 1
    state = object ? .firstKeyOrEnd : .firstValueOrEnd
  }

  private mutating func closeContainer() -> JSONToken {
    let object = stack.removeLast()
    afterValue()
    return object ? .objectEnd : .arrayEnd
  }

  private mutating func afterValue() {
    if !stack.isEmpty {
      state = .commaOrEnd
    } else {
      state = lineMode ? .lineEnd : .done
    }
  }

  private mutating func scanLiteral(_ word: StaticString) throws {
    let count = word.utf8CodeUnitCount
    _ = try ensure(count)
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
    for offset in 0..<count {
      if pos + offset >= end {
        throw malformed(at: pos, "expected '\(word)', found the end of the input")
      }
      if buffer[pos + offset] != expected[offset] {
        throw malformed(at: pos, "expected a value, found an invalid literal (did you mean '\(word)'?)")
      }
    }
    pos += count
    afterValue()
  }

  /// How a byte reads in a message.
  func describe(_ byte: UInt8) -> String {
    switch byte {
    case 0x0A: return "a line break"
    case 0x00..<0x20, 0x7F: return "a control character (0x\(String(byte, radix: 16, uppercase: true)))"
    case 0x80...: return "a non-ASCII character"
    case UInt8(ascii: "'"): return "\"'\""
    default: return "'\(Character(Unicode.Scalar(byte)))'"
    }
  }
}
