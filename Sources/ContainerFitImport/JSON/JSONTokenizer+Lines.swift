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
