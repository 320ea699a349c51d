#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text of each column on the row before, kept with the cell's bytes: a cell whose bytes repeat
/// the ones above it takes the same text instead of being decoded into a new string.
///
/// A flat export repeats a server's dozen fields on each of its applications' rows, and columns such
/// as kind or GUI hold a handful of values: building a string per cell was a quarter of the
/// reading thread's time on a million rows, and reading is the step the other cores wait for. The
/// text is a function of the cell's bytes alone, so the result is the same string either way; a
/// text decoded as Windows-1252 or with NULs removed is not kept, so its warnings still come from
/// every cell that has them.
struct RepeatedCells {
  private struct Entry {
    var bytes: [UInt8] = []
    /// The decoded text; `nil` for a cell that was blank.
    var text: CSVTextDecoder.Text?
    var isValid = false
  }

  /// Cells longer than this are decoded each time: long texts rarely repeat, and copying them to
  /// compare the next row would cost more than it saves.
  static let longestKept = 64

  private var entries: [Entry] = []

  /// The text of `cell` in `column`, taken from the row before when its bytes are the same.
  mutating func text(
    of cell: CSVScanner.Cell, column: Int, in bytes: UnsafeBufferPointer<UInt8>,
    decodingWith decoder: inout CSVTextDecoder, isASCII: Bool
  ) -> CSVTextDecoder.Text? {
    let raw = UnsafeBufferPointer(rebasing: bytes[cell.start..<cell.end])
    guard raw.count <= Self.longestKept else { return decoder.text(of: cell, in: bytes, isASCII: isASCII) }
    while entries.count <= column { entries.append(Entry()) }
    if entries[column].isValid, Self.same(entries[column].bytes, raw) { return entries[column].text }
    let text = decoder.text(of: cell, in: bytes, isASCII: isASCII)
    entries[column].bytes.removeAll(keepingCapacity: true)
    entries[column].bytes.append(contentsOf: raw)
    entries[column].text = text
    entries[column].isValid = text.map { !$0.isWindows1252 && !$0.removedNUL } ?? true
    return text
  }

  private static func same(_ kept: [UInt8], _ raw: UnsafeBufferPointer<UInt8>) -> Bool {
    guard kept.count == raw.count else { return false }
    guard !raw.isEmpty, let base = raw.baseAddress else { return true }
    return kept.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, raw.count) == 0 }
  }
}
