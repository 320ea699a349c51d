import Foundation

/// Writes a header and typed rows as CSV that Excel opens correctly: UTF-8 with a byte-order mark (so
/// accents survive), CRLF line ends, RFC 4180 quoting and formula injection neutralised (`CSVEscaper`).
public struct CSVTableWriter: Sendable {
  /// The UTF-8 byte-order mark Excel needs to read the file as UTF-8 rather than the ANSI code page.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Creates a writer.
  public init() {}

  /// The whole table as bytes, for small tables and tests.
  public func data(header: [String], rows: [[TableCell]]) -> Data {
    var bytes = Self.byteOrderMark
    appendRow(header.map(TableCell.text), to: &bytes)
    for row in rows { appendRow(row, to: &bytes) }
    return Data(bytes)
  }

  /// Streams the table into a file at `path` (created or truncated) with bounded memory, the rows
  /// encoded on all cores and written in order. Not atomic by itself: wrap it in
  /// `AtomicFileWriter.write(to:producingWith:)` or an `AtomicFileSet` to replace a report safely.
  public func write(header: [String], rows: TableRows, to path: String) throws {
    let output = try BufferedFileOutput(creatingAt: path)
    var line = Self.byteOrderMark
    appendRow(header.map(TableCell.text), to: &line)
    try output.write(line)
    try ParallelChunks().run(count: rows.count) { range in
      var bytes: [UInt8] = []
      for index in range { appendRow(rows[index], to: &bytes) }
      return bytes
    } consume: {
      try output.write($0)
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
