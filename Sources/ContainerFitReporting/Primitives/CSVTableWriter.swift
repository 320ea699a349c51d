import Foundation

/// Writes a header and typed rows as CSV that Excel opens correctly: UTF-8 with a byte-order mark (so
/// accents survive), CRLF line ends, RFC 4180 quoting and formula injection neutralised (`CSVEscaper`).
public struct CSVTableWriter: Sendable {
  /// The UTF-8 byte-order mark Excel needs to read the file as UTF-8 rather than the ANSI code page.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Creates a writer.
  public init() {}

  /// The whole table as bytes, for small tables and tests.
  public func data<Rows: Sequence>(header: [String], rows: Rows) -> Data where Rows.Element == [TableCell] {
    var bytes = Self.byteOrderMark
    appendRow(header.map(TableCell.text), to: &bytes)
    for row in rows { appendRow(row, to: &bytes) }
    return Data(bytes)
  }

  /// Streams the table into a file at `path` (created or truncated), one row at a time with bounded
  /// memory. Not atomic by itself: wrap it in `AtomicFileWriter.write(to:producingWith:)` or an
  /// `AtomicFileSet` to replace a report safely.
  public func write<Rows: Sequence>(header: [String], rows: Rows, to path: String) throws
  where Rows.Element == [TableCell] {
    let output = try BufferedFileOutput(creatingAt: path)
    var line = Self.byteOrderMark
    appendRow(header.map(TableCell.text), to: &line)
    try output.write(line)
    for row in rows {
      line.removeAll(keepingCapacity: true)
      appendRow(row, to: &line)
      try output.write(line)
    }
    try output.finish(synchronize: false)
  }

  private func appendRow(_ cells: [TableCell], to bytes: inout [UInt8]) {
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      CSVEscaper.append(cell, to: &bytes)
    }
    bytes.append(UInt8(ascii: "\r"))
    bytes.append(UInt8(ascii: "\n"))
  }
}
