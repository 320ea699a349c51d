import ContainerFitModel

/// Turns the UTF-8 text of one CSV file into records, buffer by buffer: preamble lines, the header,
/// then one `RawRecord` per row. It holds no bytes itself; the caller keeps the unconsumed tail of
/// each buffer and offers it again with more bytes after it.
struct CSVDocumentParser {
  private enum Phase {
    case preamble
    case header
    case rows(CSVHeader)
    /// Rows handed to an adapter's mapper (a non-canonical header).
    case mappedRows
    case finished
  }

  private let input: InputFile
  private var phase = Phase.preamble
  private var scanner = CSVScanner()
  private var hintedDelimiter: UInt8?
  private var cells: [CSVScanner.Cell] = []
  private var decoder = CSVTextDecoder()
  private var columnCounter = CSVColumnCounter()
  private var hasWarnedWindows1252 = false
  /// An adapter that reads the header and rows instead of the canonical `CSVHeader`.
  private var mapper: (any CSVRowMapper)?
  /// A `#TYPE` line was seen: Windows PowerShell 5.1 `Export-Csv` wrote the file.
  private var sawTypeLine = false
  private var hasWarnedQuestionMarks = false

  init(input: InputFile, mapper: (any CSVRowMapper)? = nil) {
    self.input = input
    self.mapper = mapper
  }

  /// Consumes as many whole records of `bytes` as it can and returns the offset of the first byte
  /// not consumed. At end of input everything is consumed.
  mutating func consume(
    _ bytes: UnsafeBufferPointer<UInt8>, atEOF: Bool, emit: (RawRecord) throws -> Void,
    diagnose: (Diagnostic) -> Void
  ) throws -> Int {
    var position = 0
    while true {
      switch phase {
      case .preamble:
        guard let next = readPreambleLine(bytes, from: position, atEOF: atEOF) else { return position }
        position = next
      case .header:
        guard let next = try readHeader(bytes, from: position, atEOF: atEOF, diagnose: diagnose) else {
          return position
        }
        position = next
      case .rows(let header):
        switch scanner.scanRecord(bytes, from: position, atEOF: atEOF, into: &cells) {
        case .record(let next):
          if let record = makeRecord(header, bytes, diagnose: diagnose) { try emit(record) }
          position = next
        case .needMoreData:
          return position
        case .endOfInput:
          phase = .finished
        case .unterminatedQuote(let cell):
          phase = .finished
          columnCounter.reset()
          diagnose(
            Diagnostic(
              .rejection, at: location(of: cell, in: bytes),
              field: cells.count < header.columns.count
                ? CSVHeader.fieldName(of: header.columns[cells.count], kind: header.kind) : nil,
              "unterminated quoted field"))
          return bytes.count
        }
      case .mappedRows:
        switch scanner.scanRecord(bytes, from: position, atEOF: atEOF, into: &cells) {
        case .record(let next):
          try mapRow(bytes, emit: emit, diagnose: diagnose)
          position = next
        case .needMoreData:
          return position
        case .endOfInput:
          phase = .finished
        case .unterminatedQuote(let cell):
          phase = .finished
          diagnose(Diagnostic(.rejection, at: location(of: cell, in: bytes), "unterminated quoted field"))
          return bytes.count
        }
      case .finished:
        return bytes.count
      }
    }
  }

  /// Called at end of input: a file without a header is not an inventory.
  func finish() throws {
    switch phase {
    case .preamble, .header: throw ImportError.notAnInventory(path: input.path, reason: "it has no header line.")
    case .rows, .mappedRows, .finished: return
    }
  }

  /// Handles one line before the header; moves on to the header (with its delimiter) at the first
  /// line that is not a preamble line. `nil` asks for more bytes.
  private mutating func readPreambleLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEOF: Bool) -> Int? {
    guard start < bytes.count else {
      if atEOF { phase = .header }
      return atEOF ? start : nil
    }
    guard let end = CSVScanner.lineEnd(bytes, from: start, atEOF: atEOF) else { return nil }
    switch CSVPreamble.classify(bytes, from: start, to: end) {
    case .separatorHint(let delimiter):
      hintedDelimiter = delimiter
    case .typeInformation:
      sawTypeLine = true
    case .blank:
      break
    case .header:
      guard let delimiter = hintedDelimiter ?? CSVPreamble.detectDelimiter(bytes, from: start, atEOF: atEOF) else {
        return nil
      }
      scanner.delimiter = delimiter
      phase = .header
      return start
    }
    return scanner.skipLine(bytes, from: start, atEOF: atEOF)
  }

  private mutating func readHeader(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEOF: Bool, diagnose: (Diagnostic) -> Void
  ) throws -> Int? {
    switch scanner.scanRecord(bytes, from: start, atEOF: atEOF, into: &cells) {
    case .needMoreData:
      return nil
    case .endOfInput:
      phase = .finished
      throw ImportError.notAnInventory(path: input.path, reason: "it has no header line.")
    case .unterminatedQuote(let cell):
      columnCounter.reset()
      throw ImportError.malformed(
        location: location(of: cell, in: bytes), reason: "unterminated quoted field in the header line.")
    case .record(let next):
      columnCounter.reset()
      var names: [CSVHeader.Name] = []
      for cell in cells {
        let text = decoder.text(of: cell, in: bytes, isASCII: scanner.recordIsASCII)
        let location = location(of: cell, in: bytes)
        if let text, text.isWindows1252 { warnWindows1252(at: location, field: nil, diagnose: diagnose) }
        names.append(CSVHeader.Name(text: text?.value ?? "", location: location))
      }
      if var mapper {
        try mapper.begin(header: names, file: input.path, diagnose: diagnose)
        self.mapper = mapper
        phase = .mappedRows
      } else {
        phase = .rows(try CSVHeader(names, file: input.path, diagnose: diagnose))
      }
      return next
    }
  }

  /// The record of the row just scanned, or `nil` for a row with nothing in it (Excel pads sheets
  /// with rows of bare delimiters).
  private mutating func makeRecord(
    _ header: CSVHeader, _ bytes: UnsafeBufferPointer<UInt8>, diagnose: (Diagnostic) -> Void
  ) -> RawRecord? {
    guard cells.contains(where: { !CSVTextDecoder.isEmpty($0, in: bytes) }) else { return nil }
    let columns = header.columns
    columnCounter.reset()
    var record = RawRecord(kind: header.kind, location: input.location(line: cells[0].line, column: 1))
    record.decimalComma = scanner.delimiter == CSVPreamble.semicolon
    record.fields.reserveCapacity(min(cells.count, columns.count))
    for (index, cell) in zip(cells.indices, cells) {
      guard index < columns.count else {
        warnExtraCells(from: index, count: columns.count, bytes, diagnose: diagnose)
        break
      }
      let column = columns[index]
      if case .ignored = column { continue }
      guard let text = decoder.text(of: cell, in: bytes, isASCII: scanner.recordIsASCII) else { continue }
      let location = location(of: cell, in: bytes)
      if text.isWindows1252 {
        warnWindows1252(at: location, field: CSVHeader.fieldName(of: column, kind: header.kind), diagnose: diagnose)
      }
      if text.removedNUL { warnNUL(at: location, diagnose: diagnose) }
      let value = text.value
      if sawTypeLine { warnQuestionMarks(in: value, at: location, diagnose: diagnose) }
      switch column {
      case .field(let field): record.set(field, .text(value), at: location)
      case .attribute(let name): record.attributes.append((name: name, value: value))
      case .ignored: break
      }
    }
    return record
  }

  /// Cells past the header's last column are ignored; only ones holding something are worth a
  /// warning (a trailing delimiter is common and loses nothing).
  private mutating func warnExtraCells(
    from first: Int, count: Int, _ bytes: UnsafeBufferPointer<UInt8>, diagnose: (Diagnostic) -> Void
  ) {
    guard let extra = cells[first...].first(where: { !CSVTextDecoder.isEmpty($0, in: bytes) }) else { return }
    diagnose(
      Diagnostic(
        .warning, at: location(of: extra, in: bytes),
        "line \(cells[0].line) has \(cells.count) cells but the header has \(count) columns; "
          + "the extra cells are ignored."))
  }

  /// Hands the row just scanned to the adapter's mapper and emits what it makes of it.
  private mutating func mapRow(
    _ bytes: UnsafeBufferPointer<UInt8>, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void
  ) throws {
    guard var mapper, cells.contains(where: { !CSVTextDecoder.isEmpty($0, in: bytes) }) else { return }
    var row = CSVRow(
      location: input.location(line: cells[0].line, column: 1),
      decimalComma: scanner.delimiter == CSVPreamble.semicolon)
    for cell in cells {
      let location = location(of: cell, in: bytes)
      let text = decoder.text(of: cell, in: bytes, isASCII: scanner.recordIsASCII)
      if let text, text.isWindows1252 { warnWindows1252(at: location, field: nil, diagnose: diagnose) }
      if let text, text.removedNUL { warnNUL(at: location, diagnose: diagnose) }
      let value = text?.value
      if let value, sawTypeLine { warnQuestionMarks(in: value, at: location, diagnose: diagnose) }
      row.cells.append(value)
      row.locations.append(location)
    }
    let records = mapper.records(for: row, diagnose: diagnose)
    self.mapper = mapper
    for record in records { try emit(record) }
  }

  /// Windows PowerShell 5.1 `Export-Csv` writes ASCII unless told otherwise and turns every other
  /// character into `?`: the damage cannot be undone, only pointed out (once per file).
  private mutating func warnQuestionMarks(in text: String, at location: SourceLocation, diagnose: (Diagnostic) -> Void)
  {
    guard !hasWarnedQuestionMarks, text.utf8.contains(UInt8(ascii: "?")) else { return }
    hasWarnedQuestionMarks = true
    diagnose(
      Diagnostic(
        .warning, at: location,
        "this file has a #TYPE line (Windows PowerShell 5.1 Export-Csv), which writes ASCII and turns every "
          + "non-ASCII character into '?': names may be damaged; export again with -Encoding UTF8"))
  }

  /// A NUL byte the decoder removed (`CSVTextDecoder.Text.removedNUL`): reported at its cell.
  private func warnNUL(at location: SourceLocation, diagnose: (Diagnostic) -> Void) {
    diagnose(Diagnostic(.warning, at: location, "NUL byte in the value (a binary or damaged file?); it is removed"))
  }

  private mutating func warnWindows1252(at location: SourceLocation, field: String?, diagnose: (Diagnostic) -> Void) {
    guard !hasWarnedWindows1252 else { return }
    hasWarnedWindows1252 = true
    diagnose(Diagnostic(.warning, at: location, field: field, "not valid UTF-8; decoded as Windows-1252"))
  }

  private mutating func location(of cell: CSVScanner.Cell, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    let column = columnCounter.column(
      of: cell.start, lineStart: cell.lineStart, in: bytes, isASCII: scanner.recordIsASCII)
    return input.location(line: cell.line, column: column)
  }
}
