import Foundation

/// Writes a header and typed rows as CSV that Excel opens correctly: UTF-8 with a byte-order mark (so
/// accents survive), CRLF line ends, RFC 4180 quoting and formula injection neutralised (`CSVEscaper`).
public struct CSVTableWriter: Sendable {
  /// The UTF-8 byte-order mark Excel needs to read the file as UTF-8 rather than the ANSI code page.
  static let byteOrderMark: StaticString = "\u{FEFF}"

  /// Creates a writer.
  public init() {}

  /// The whole table as bytes, for small tables and tests.
  public func data(header: [String], rows: [[TableCell]]) -> Data {
    var line = CSVLineEncoder(startingWith: Self.byteOrderMark)
    line.append(header.map(TableCell.text))
    for row in rows { line.append(row) }
    return line.bytes.withUnsafeBytes { Data($0) }
  }

  /// Streams the table into a file at `path` (created or truncated) with bounded memory, the rows
  /// encoded on all cores and written in order. Not atomic by itself: wrap it in
  /// `AtomicFileWriter.write(to:producingWith:)` or an `AtomicFileSet` to replace a report safely.
  public func write(header: [String], rows: TableRows, to path: String) throws {
    let output = try BufferedFileOutput(creatingAt: path)
    var line = CSVLineEncoder(startingWith: Self.byteOrderMark)
    line.append(header.map(TableCell.text))
    try line.bytes.withUnsafeBytes { try output.write($0) }
    try ParallelChunks().run(count: rows.count) { range in
      var lines = CSVLineEncoder(capacity: 64 * 1_024)
      for index in range {
        rows.encodeRow(index, into: &lines)
        lines.endLine()
      }
      return EncodedBytes(lines.bytes)
    } consume: { chunk in
      try chunk.buffer.withUnsafeBytes { try output.write($0) }
    }
    try output.finish(synchronize: false)
  }
}

/// Encodes cells as CSV fields, comma-separated, each line ended with CRLF.
private struct CSVLineEncoder: TableCellSink, ~Copyable {
  var bytes: ByteBuffer
  /// Whether the next field is the first of its line (no comma before it).
  private var atLineStart = true

  init(capacity: Int = 256) {
    bytes = ByteBuffer(capacity: capacity)
  }

  init(startingWith prefix: StaticString) {
    self.init()
    bytes.append(prefix)
  }

  mutating func append(_ cells: [TableCell]) {
    for cell in cells { self.cell(cell) }
    endLine()
  }

  mutating func endLine() {
    bytes.append(UInt8(ascii: "\r"))
    bytes.append(UInt8(ascii: "\n"))
    atLineStart = true
  }

  mutating func text(_ text: String) {
    separate()
    CSVEscaper.appendText(text, to: &bytes)
  }

  mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
    separate()
    CSVEscaper.appendText(utf8: utf8, to: &bytes)
  }

  mutating func number(_ value: Double) {
    separate()
    TableNumberFormatter.append(value, to: &bytes)
  }

  mutating func integer(_ value: Int) {
    separate()
    TableNumberFormatter.append(value, to: &bytes)
  }

  mutating func empty() { separate() }

  private mutating func separate() {
    if !atLineStart { bytes.append(UInt8(ascii: ",")) }
    atLineStart = false
  }
}
