/// The lines a tool may write before a CSV header, and the delimiter the header implies.
enum CSVPreamble {
  /// What a line before the header is.
  enum Line: Equatable {
    /// `sep=;`: Excel's hint naming the delimiter; the line is not data.
    case separatorHint(UInt8)
    /// `#TYPE System.Management.Automation.PSCustomObject`: PowerShell 5.1 `Export-Csv`.
    case typeInformation
    /// An empty or blank line.
    case blank
    /// Anything else: the header.
    case header
  }

  static let comma = UInt8(ascii: ",")
  static let semicolon = UInt8(ascii: ";")

  /// Classifies the physical line `bytes[start..<end]`.
  static func classify(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Line {
    var first = start
    while first < end, bytes[first] == CSVScanner.space || bytes[first] == CSVScanner.tab { first += 1 }
    if first == end { return .blank }
    if hasPrefix("sep=", bytes, from: first, to: end), first + 4 < end {
      let delimiter = bytes[first + 4]
      if delimiter != CSVScanner.quote { return .separatorHint(delimiter) }
    }
    if hasPrefix("#type", bytes, from: first, to: end) { return .typeInformation }
    return .header
  }

  /// The delimiter of the header record starting at `start`: whichever of `,`, `;` and tab occurs
  /// most often outside quotes (`,` on a tie or when none does). `nil` when the header record is
  /// not complete in the buffer yet.
  static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEOF: Bool) -> UInt8? {
    var commas = 0
    var semicolons = 0
    var tabs = 0
    var inQuotes = false
    var index = start
    scan: while index < bytes.count {
      switch bytes[index] {
      case CSVScanner.quote: inQuotes.toggle()
      case comma where !inQuotes: commas += 1
      case semicolon where !inQuotes: semicolons += 1
      case CSVScanner.tab where !inQuotes: tabs += 1
      case CSVScanner.lineFeed where !inQuotes, CSVScanner.carriageReturn where !inQuotes: break scan
      default: break
      }
      index += 1
    }
    if index == bytes.count, !atEOF { return nil }
    if semicolons > commas, semicolons >= tabs { return semicolon }
    if tabs > commas, tabs > semicolons { return CSVScanner.tab }
    return comma
  }

  /// Case-insensitive ASCII prefix test.
  private static func hasPrefix(
    _ prefix: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Bool {
    guard end - start >= prefix.utf8CodeUnitCount else { return false }
    let expected = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
    for (offset, byte) in expected.enumerated() where bytes[start + offset] | 0x20 != byte | 0x20 {
      return false
    }
    return true
  }
}
