extension JSONTokenizer {
  /// Line mode: forgets the record in progress after a syntax error and goes on at the start of
  /// the next line, so that one bad line costs only itself.
  mutating func recoverAtNextLine() throws {
    stack.removeAll(keepingCapacity: true)
    state = .value
    while true {
      if pos == end {
        mark = pos
        if try !refill() { return }
      }
      let byte = buffer[pos]
      pos += 1
      if byte == 0x0A {
        line += 1
        lineStart = base + pos
        continuationBytes = 0
        return
      }
    }
  }
}

extension JSONTokenizer {
  /// Line mode: after a record's closing `}`, checks that only blanks follow on its line (and
  /// steps over the line break), so that a line holding more than a record is rejected whole.
  mutating func finishLine() throws {
    while true {
      if pos == end {
        mark = pos
        if try !refill() {
          state = .value
          return
        }
      }
      let byte = buffer[pos]
      switch byte {
      case 0x20, 0x09, 0x0D:
        pos += 1
      case 0x0A:
        pos += 1
        line += 1
        lineStart = base + pos
        continuationBytes = 0
        state = .value
        return
      default:
        throw malformed(at: pos, "unexpected \(describe(byte)) after the record: one record per line")
      }
    }
  }
}
