/// Counts the character columns of a record's cells in one walk over the row: each cell's column
/// continues from the previous cell's, instead of counting again from the start of the line.
struct CSVColumnCounter {
  private var lineStart = -1
  private var offset = 0
  private var column = 1

  /// Forgets the previous cell; needed before each record, as buffer offsets change between reads.
  mutating func reset() {
    lineStart = -1
  }

  /// The 1-based character column of `target` on the line starting at `lineStart`: UTF-8
  /// continuation bytes do not start a character. In an ASCII line it is the byte offset.
  mutating func column(
    of target: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool = false
  ) -> Int {
    if isASCII { return target - lineStart + 1 }
    if lineStart != self.lineStart || target < offset {
      self.lineStart = lineStart
      offset = lineStart
      column = 1
    }
    while offset < target {
      if bytes[offset] & 0xC0 != 0x80 { column += 1 }
      offset += 1
    }
    return column
  }
}
