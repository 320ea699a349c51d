#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Counts lines and character columns forward through the parser's input (UTF-8, as libxml2 holds
/// it after decoding), so that the place of any later byte is found by counting only the bytes in
/// between: each byte of the document is counted once.
///
/// Lines end at a line feed (a CR LF pair is one line end); a column counts characters, not bytes
/// (a UTF-8 continuation byte belongs to the character before it), starting at 1.
struct XMLPlaceCounter {
  /// The line of the first byte not yet counted.
  private(set) var line = 1
  /// The column of the first byte not yet counted.
  private(set) var column = 1
  /// How many bytes of the input have been counted.
  private(set) var offset = 0

  /// Counts `bytes`, the next bytes of the input after the ones already counted.
  mutating func count(_ bytes: UnsafeRawBufferPointer) {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
    let end = start + bytes.count
    var lineStart = start
    while let found = memchr(lineStart, 0x0A, end - lineStart) {
      line += 1
      column = 1
      lineStart = UnsafeRawPointer(found) + 1
    }
    column += Self.characters(from: lineStart, to: end)
    offset += bytes.count
  }

  /// Takes the place of the first byte not yet counted from elsewhere (libxml2's own count), when
  /// the bytes before it can no longer be counted.
  mutating func restart(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// The characters between two addresses: the bytes that are no UTF-8 continuation byte.
  static func characters(from start: UnsafeRawPointer, to end: UnsafeRawPointer) -> Int {
    var cursor = start
    var continuations = 0
    // Eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit is set and the next is clear.
    while end - cursor >= 8 {
      let word = cursor.loadUnaligned(as: UInt64.self)
      continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
      cursor += 8
    }
    while cursor < end {
      if cursor.load(as: UInt8.self) & 0xC0 == 0x80 { continuations += 1 }
      cursor += 1
    }
    return (end - start) - continuations
  }

  /// The last `byte` in `start..<end`, searched backwards eight bytes at a time.
  static func last(_ byte: UInt8, from start: UnsafeRawPointer, to end: UnsafeRawPointer) -> UnsafeRawPointer? {
    let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
    var cursor = end
    while cursor - start >= 8 {
      let word = (cursor - 8).loadUnaligned(as: UInt64.self) ^ pattern
      // A zero byte in `word` is a match (the test may also flag the byte above a match: recheck).
      if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 {
        for index in stride(from: -1, through: -8, by: -1)
        where cursor.load(fromByteOffset: index, as: UInt8.self) == byte {
          return cursor + index
        }
      }
      cursor -= 8
    }
    while cursor > start {
      cursor -= 1
      if cursor.load(as: UInt8.self) == byte { return cursor }
    }
    return nil
  }
}
