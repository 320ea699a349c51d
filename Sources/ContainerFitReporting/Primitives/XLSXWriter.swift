import ContainerFitModel
import Foundation

/// Writes a header and typed rows as a one-sheet Excel workbook (`.xlsx`): inline strings, numbers as
/// numbers, a bold frozen header row with an auto-filter, and column widths from the content.
///
/// The worksheet XML is encoded and deflated in chunks of rows on all cores and streamed into the
/// archive, so memory stays bounded whatever the row count. The same rows give the same bytes:
/// every zip entry carries `modificationDate` (default 1980-01-01, the zip epoch) and no other
/// time or machine data.
public struct XLSXWriter: Sendable {
  /// The most rows (header included) a worksheet can have in Excel.
  public static let maximumRows = 1_048_576
  /// The zip epoch, the default modification date of every entry.
  public static let zipEpoch = Date(timeIntervalSince1970: 315_532_800)

  /// The sheet's tab name, made valid for Excel (see `init`).
  public let sheetName: String
  /// The modification date written into every zip entry.
  public let modificationDate: Date

  /// Creates a writer for a sheet named `sheetName`. Characters Excel forbids in sheet names
  /// (`: \ / ? * [ ]`) become `_`, the name is cut to 31 characters, and an empty name becomes `Sheet1`.
  public init(sheetName: String, modificationDate: Date = XLSXWriter.zipEpoch) {
    let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
    var name = String(sheetName.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 }.prefix(31))
    name = name.trimmingCharacters(in: CharacterSet(charactersIn: "'").union(.whitespaces))
    self.sheetName = name.isEmpty ? "Sheet1" : name
    self.modificationDate = modificationDate
  }

  /// Writes the workbook to `path`, replacing any file there. Not atomic by itself: wrap it in
  /// `AtomicFileWriter.write(to:producingWith:)` or an `AtomicFileSet`.
  /// Throws `ReportOutputError.tooManyRows` past `maximumRows`, leaving no file behind.
  public func write(header: [String], rows: TableRows, to path: String) throws {
    let rowCount = rows.count + 1
    guard rowCount <= Self.maximumRows else {
      throw ReportOutputError.tooManyRows(count: rowCount, limit: Self.maximumRows)
    }
    let filter = header.isEmpty ? nil : "A1:\(XLSXPackageParts.columnName(header.count - 1))\(rowCount)"
    unlink(path)
    do {
      let archive = try ZIPArchiveWriter(creatingAt: path, modificationDate: modificationDate)
      try archive.addEntry("[Content_Types].xml", bytes: Array(XLSXPackageParts.contentTypes.utf8))
      try archive.addEntry("_rels/.rels", bytes: Array(XLSXPackageParts.packageRelationships.utf8))
      let workbook = XLSXPackageParts.workbook(sheetName: sheetName, filterRange: filter.map(Self.absoluteRange))
      try archive.addEntry("xl/workbook.xml", bytes: Array(workbook.utf8))
      try archive.addEntry("xl/_rels/workbook.xml.rels", bytes: Array(XLSXPackageParts.workbookRelationships.utf8))
      try archive.addEntry("xl/styles.xml", bytes: Array(XLSXPackageParts.styles.utf8))
      try archive.addEntry("xl/worksheets/sheet1.xml") { emit in
        try writeWorksheet(header: header, rows: rows, filter: filter, emit: emit)
      }
      try archive.finish()
    } catch {
      unlink(path)
      throw error
    }
  }

  /// The workbook as bytes, for small tables and tests (built through a temporary file).
  public func data(header: [String], rows: [[TableCell]]) throws -> Data {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "containerfit-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).xlsx"
    ).path
    defer { unlink(path) }
    try write(header: header, rows: TableRows(rows), to: path)
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ReportOutputError.cannotWrite(path: path, reason: error.localizedDescription)
    }
  }

  // MARK: - Worksheet

  /// Rows used to size the columns before streaming the rest (`<cols>` precedes `<sheetData>`).
  private static let widthSampleSize = 200

  /// The worksheet XML as deflated pieces: the start, the rows encoded and deflated on all cores in
  /// chunks, and the end, which closes the stream.
  private func writeWorksheet(
    header: [String], rows: TableRows, filter: String?, emit: (DeflatedBlock) throws -> Void
  ) throws {
    let sample = (0..<min(rows.count, Self.widthSampleSize)).map { rows[$0] }
    var headerRow = RowEncoder(style: Self.boldStyle)
    headerRow.bytes.append(
      XLSXPackageParts.worksheetStart(columnWidths: Self.columnWidths(header: header, sample: sample)))
    headerRow.beginRow(number: 1)
    for name in header { headerRow.text(name) }
    headerRow.endRow()
    try emit(headerRow.bytes.withUnsafeBytes { DeflatedBlock($0, isLast: false) })
    // Row n of the sheet is element n - 2 of `rows` (row 1 is the header).
    try ParallelChunks().run(count: rows.count) { range in
      var encoder = RowEncoder(capacity: 64 * 1_024)
      for index in range {
        encoder.beginRow(number: index + 2)
        rows.encodeRow(index, into: &encoder)
        encoder.endRow()
      }
      return encoder.bytes.withUnsafeBytes { DeflatedBlock($0, isLast: false) }
    } consume: {
      try emit($0)
    }
    try emit(DeflatedBlock(Array(XLSXPackageParts.worksheetEnd(filterReference: filter).utf8), isLast: true))
  }

  private static let boldStyle: StaticString = #" s="1""#

  /// Encodes rows of cells as worksheet XML. Cells carry no `r` reference (readers take the next
  /// column), except after a skipped empty cell, which keeps sheets of a million rows about 15%
  /// smaller.
  private struct RowEncoder: TableCellSink, ~Copyable {
    private static let rowOpen: StaticString = #"<row r=""#
    private static let rowClose: StaticString = "</row>"
    private static let textOpen: StaticString = #"<c t="inlineStr""#
    private static let textBody: StaticString = "><is><t>"
    private static let textBodyPreserved: StaticString = #"><is><t xml:space="preserve">"#
    private static let textClose: StaticString = "</t></is></c>"
    private static let numberOpen: StaticString = "<c"
    private static let numberBody: StaticString = "><v>"
    private static let numberClose: StaticString = "</v></c>"
    private static let referenceOpen: StaticString = #" r=""#
    private static let plainTextStart: StaticString = #"<c t="inlineStr"><is><t>"#
    private static let plainTextStartPreserved: StaticString = #"<c t="inlineStr"><is><t xml:space="preserve">"#
    private static let plainNumberStart: StaticString = "<c><v>"

    var bytes: ByteBuffer
    /// A style for every cell (the header's bold), if any.
    private let style: StaticString?
    private var row = 0
    private var column = 0
    /// Whether an empty cell was skipped since the last one written (the next needs its reference).
    private var skipped = false

    init(capacity: Int = 256, style: StaticString? = nil) {
      self.bytes = ByteBuffer(capacity: capacity)
      self.style = style
    }

    mutating func beginRow(number: Int) {
      row = number
      column = 0
      skipped = false
      bytes.append(Self.rowOpen)
      TableNumberFormatter.append(number, to: &bytes)
      bytes.append(UInt8(ascii: "\""))
      bytes.append(UInt8(ascii: ">"))
    }

    mutating func endRow() {
      bytes.append(Self.rowClose)
    }

    mutating func text(_ text: String) {
      // Cut only when too long for Excel: the cut returns a string, and returning the one given
      // would retain it, and the same image or reason string is written from both cores at once.
      guard text.utf8.count <= XLSXWriter.cellLimit else { return write(XLSXWriter.fittingExcel(text)) }
      write(text)
    }

    private mutating func write(_ value: String) {
      let preserved = XLSXWriter.hasOuterWhitespace(value)
      if isPlain {
        // The common cell in one append: no reference, no style.
        bytes.append(preserved ? Self.plainTextStartPreserved : Self.plainTextStart)
        column += 1
      } else {
        open(Self.textOpen)
        bytes.append(preserved ? Self.textBodyPreserved : Self.textBody)
      }
      XMLEscaper.append(value, to: &bytes)
      bytes.append(Self.textClose)
    }

    mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
      // Short, with plain ASCII at both ends (a composed cell nearly always is): no cut for Excel's
      // limit and no spaces to preserve. Anything else goes the way of a string.
      guard utf8.count <= XLSXWriter.cellLimit, XLSXWriter.hasPlainEnds(utf8), isPlain else {
        return text(String(decoding: utf8, as: UTF8.self))
      }
      bytes.append(Self.plainTextStart)
      column += 1
      XMLEscaper.append(utf8, to: &bytes)
      bytes.append(Self.textClose)
    }

    mutating func number(_ value: Double) {
      guard value.isFinite else { return empty() }
      // Formatted straight into the sheet, without a string per number.
      openNumber()
      TableNumberFormatter.append(value, to: &bytes)
      bytes.append(Self.numberClose)
    }

    mutating func integer(_ value: Int) {
      openNumber()
      TableNumberFormatter.append(value, to: &bytes)
      bytes.append(Self.numberClose)
    }

    /// Whether the next cell needs neither a reference nor a style.
    private var isPlain: Bool { !skipped && style == nil }

    private mutating func openNumber() {
      if isPlain {
        bytes.append(Self.plainNumberStart)
        column += 1
      } else {
        open(Self.numberOpen)
        bytes.append(Self.numberBody)
      }
    }

    mutating func empty() {
      skipped = true
      column += 1
    }

    /// Opens the current column's cell, with its reference after a skipped one.
    private mutating func open(_ element: StaticString) {
      bytes.append(element)
      if skipped {
        bytes.append(Self.referenceOpen)
        XLSXPackageParts.appendColumnName(column, to: &bytes)
        TableNumberFormatter.append(row, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        skipped = false
      }
      if let style { bytes.append(style) }
      column += 1
    }
  }

  /// Whether the text starts or ends with whitespace, which only `xml:space="preserve"` keeps.
  /// Decided on the end bytes when they are plain ASCII (nearly always); Unicode spaces need the
  /// characters.
  fileprivate static func hasOuterWhitespace(_ text: String) -> Bool {
    guard !text.isEmpty else { return false }
    if text.withUTF8Bytes(hasPlainEnds) { return false }
    return text.first?.isWhitespace == true || text.last?.isWhitespace == true
  }

  /// Whether the first and last bytes are printable ASCII (no space, no start of a multi-byte
  /// character): then the text has no outer whitespace. False for no bytes.
  fileprivate static func hasPlainEnds(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let head = utf8.first, let tail = utf8.last else { return false }
    return head > 0x20 && head < 0x80 && tail > 0x20 && tail < 0x80
  }

  /// The most UTF-16 units Excel takes in a cell (a text of at most this many UTF-8 bytes fits).
  fileprivate static let cellLimit = 32_767

  /// Excel refuses cells longer than 32,767 UTF-16 units; longer text is cut there.
  fileprivate static func fittingExcel(_ text: String) -> String {
    let limit = cellLimit
    guard text.utf8.count > limit, text.utf16.count > limit else { return text }
    var result = ""
    var units = 0
    for character in text {
      units += character.utf16.count
      if units > limit { break }
      result.append(character)
    }
    return result
  }

  /// Widths in characters: the longest of the header and the sampled cells plus padding, 8...60.
  private static func columnWidths(header: [String], sample: [[TableCell]]) -> [Int] {
    var longest = header.map { $0.count + 2 }
    for row in sample {
      for (column, cell) in row.enumerated() where column < longest.count {
        let length: Int
        switch cell {
        case .text(let text): length = text.utf8.count <= 80 ? text.count : 80
        default: length = cell.plainText.count
        }
        longest[column] = max(longest[column], length)
      }
    }
    return longest.map { min(max($0 + 2, 8), 60) }
  }

  /// `A1:O1001` → `$A$1:$O$1001`, the form Excel uses in defined names.
  private static func absoluteRange(_ reference: String) -> String {
    reference.split(separator: ":").map { corner in
      let letters = corner.prefix { $0.isLetter }
      return "$" + letters + "$" + corner.dropFirst(letters.count)
    }.joined(separator: ":")
  }
}
