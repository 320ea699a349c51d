/// The RFC 4180 state machine over UTF-8 bytes: splits a buffer into records of cells without
/// building any string. It keeps only the physical line number between calls, so a record cut by
/// the end of the buffer is simply scanned again once more bytes have been read.
struct CSVScanner {
  /// Where one cell lies in the buffer, and where its line starts (to compute its column).
  struct Cell {
    /// Offset of the cell's first non-blank byte (its opening quote, when quoted).
    var start: Int
    /// Offset just past the cell's last byte (before the delimiter or newline).
    var end: Int
    /// The content without quotes (blanks not yet trimmed), when it is one contiguous run of bytes.
    var valueStart: Int
    var valueEnd: Int
    /// The 1-based physical line the cell starts on, and the offset where that line starts.
    var line: Int
    var lineStart: Int
    /// True when the content needs unescaping: a `""` inside quotes, or text after the closing quote.
    var needsUnescaping = false
  }

  /// What one call found.
  enum Outcome {
    /// A record ends at `next`; its cells are in the array passed in.
    case record(next: Int)
    /// The buffer ends inside a record: read more and scan again from the same offset.
    case needMoreData
    /// No bytes are left.
    case endOfInput
    /// The input ends inside the quoted cell (its opening quote is at `cell.start`).
    case unterminatedQuote(Cell)
  }

  static let quote = UInt8(ascii: "\"")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")

  /// The cell separator: `,`, `;` or tab.
  var delimiter: UInt8 = UInt8(ascii: ",")
  /// The physical line (1-based) at which the next record starts.
  var line = 1
  /// Whether the last record scanned is pure ASCII: its columns are then byte offsets and its
  /// cells need no UTF-8 validation.
  private(set) var recordIsASCII = true

  /// Scans one record starting at `start`. `line` moves past it only when a whole record (or the
  /// end of input) is found, so `.needMoreData` leaves the scanner as it was.
  mutating func scanRecord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEOF: Bool, into cells: inout [Cell]
  ) -> Outcome {
    let count = bytes.count
    let delimiter = self.delimiter
    let skipsTabs = delimiter != Self.tab
    cells.removeAll(keepingCapacity: true)
    guard start < count else { return atEOF ? .endOfInput : .needMoreData }
    var index = start
    var line = self.line
    var lineStart = start
    var union: UInt8 = 0
    while true {
      while index < count, bytes[index] == Self.space || (skipsTabs && bytes[index] == Self.tab) { index += 1 }
      var cell = Cell(
        start: index, end: index, valueStart: index, valueEnd: index, line: line, lineStart: lineStart)
      if index < count, bytes[index] == Self.quote {
        index += 1
        cell.valueStart = index
        // Inside quotes: only a quote is special; newlines are content (and count as lines).
        quoted: while true {
          guard index < count else {
            guard atEOF else { return .needMoreData }
            recordIsASCII = false
            return .unterminatedQuote(cell)
          }
          switch bytes[index] {
          case Self.quote:
            guard index + 1 < count else {
              if !atEOF { return .needMoreData }
              cell.valueEnd = index
              index += 1
              break quoted
            }
            if bytes[index + 1] == Self.quote {
              cell.needsUnescaping = true
              index += 2
            } else {
              cell.valueEnd = index
              index += 1
              break quoted
            }
          case Self.lineFeed:
            index += 1
            line += 1
            lineStart = index
          case Self.carriageReturn:
            if index + 1 < count {
              if bytes[index + 1] == Self.lineFeed { index += 1 }
            } else if !atEOF {
              return .needMoreData
            }
            index += 1
            line += 1
            lineStart = index
          default:
            union |= bytes[index]
            index += 1
          }
        }
        let closed = index
        while index < count {
          let byte = bytes[index]
          if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
          union |= byte
          index += 1
        }
        // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
        if index != closed, !Self.isBlank(bytes, from: closed, to: index) { cell.needsUnescaping = true }
      } else {
        while index < count {
          let byte = bytes[index]
          if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
          union |= byte
          index += 1
        }
        cell.valueEnd = index
      }
      cell.end = index
      guard index < count else {
        if !atEOF { return .needMoreData }
        cells.append(cell)
        self.line = line
        recordIsASCII = union < 0x80
        return .record(next: count)
      }
      cells.append(cell)
      let byte = bytes[index]
      index += 1
      if byte == delimiter { continue }
      // A CR at the very end of the buffer may be the first half of a CRLF.
      if byte == Self.carriageReturn {
        if index < count {
          if bytes[index] == Self.lineFeed { index += 1 }
        } else if !atEOF {
          return .needMoreData
        }
      }
      self.line = line + 1
      recordIsASCII = union < 0x80
      return .record(next: index)
    }
  }

  /// Skips one physical line (no quote handling: for preamble lines such as `sep=;` and `#TYPE`).
  /// Returns the offset of the next line, or `nil` when the line is not complete in the buffer yet.
  mutating func skipLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEOF: Bool) -> Int? {
    guard let end = Self.lineEnd(bytes, from: start, atEOF: atEOF) else { return nil }
    var next = end
    if next < bytes.count {
      next += bytes[next] == Self.carriageReturn && next + 1 < bytes.count && bytes[next + 1] == Self.lineFeed ? 2 : 1
    }
    line += 1
    return next
  }

  /// The offset of the first CR or LF at or after `start` (the end of the buffer at end of input),
  /// or `nil` when the line is not complete in the buffer yet. A CR at the very end may be half
  /// of a CRLF, so it also asks for more data.
  static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEOF: Bool) -> Int? {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == lineFeed { return index }
      if byte == carriageReturn { return index + 1 < bytes.count || atEOF ? index : nil }
      index += 1
    }
    return atEOF ? bytes.count : nil
  }

  private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
    var index = start
    while index < end {
      if bytes[index] != space, bytes[index] != tab { return false }
      index += 1
    }
    return true
  }
}
