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
  /// Cells longer than this are decoded each time: long texts rarely repeat, and copying them to
  /// compare the next row would cost more than it saves.
  static let longestKept = 64

  /// Each column's cell bytes, in a slot of `longestKept` bytes per column (copied and compared with
  /// `memcpy` and `memcmp`: appending to an array per column was a visible cost of its own).
  private var bytes: [UInt8] = []
  /// The length of each column's kept bytes; -1 when the column keeps nothing.
  private var lengths: [Int] = []
  /// The decoded text of each column's kept bytes; `nil` for a blank cell.
  private var texts: [CSVTextDecoder.Text?] = []

  /// The text of `cell` in `column`, taken from the row before when its bytes are the same.
  mutating func text(
    of cell: CSVScanner.Cell, column: Int, in source: UnsafeBufferPointer<UInt8>,
    decodingWith decoder: inout CSVTextDecoder, isASCII: Bool
  ) -> CSVTextDecoder.Text? {
    let count = cell.end - cell.start
    guard count <= Self.longestKept, let start = source.baseAddress.map({ $0 + cell.start }) else {
      return decoder.text(of: cell, in: source, isASCII: isASCII)
    }
    if column >= lengths.count {
      lengths.append(contentsOf: repeatElement(-1, count: column + 1 - lengths.count))
      texts.append(contentsOf: repeatElement(nil, count: column + 1 - texts.count))
      bytes.append(contentsOf: repeatElement(0, count: lengths.count * Self.longestKept - bytes.count))
    }
    let slot = column * Self.longestKept
    let same =
      lengths[column] == count
      && bytes.withUnsafeBufferPointer { count == 0 || memcmp($0.baseAddress! + slot, start, count) == 0 }
    if same { return texts[column] }
    let text = decoder.text(of: cell, in: source, isASCII: isASCII)
    bytes.withUnsafeMutableBufferPointer { kept in
      if count > 0 { (kept.baseAddress! + slot).update(from: start, count: count) }
    }
    texts[column] = text
    // Kept only when nothing about it is warned: those texts are decoded, and warned about, each time.
    let isWarned = text.map { $0.isWindows1252 || $0.removedNUL } ?? false
    lengths[column] = isWarned ? -1 : count
    return text
  }
}
