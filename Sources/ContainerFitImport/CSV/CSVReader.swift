import ContainerFitModel

/// Reads containerfit's canonical CSV inventories (`inventory-schema.md`, "CSV"), as Excel,
/// PowerShell and hand editing write them: RFC 4180 quoting, `,` `;` or tab delimiters (detected),
/// UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 fallback, `sep=` and `#TYPE` lines.
///
/// It streams: the file is read in chunks and each row is emitted as soon as it is scanned. Values
/// stay text; decoding numbers, enums and lists is the record decoder's job.
public struct CSVReader: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "csv"

  /// How many bytes are read from the file at a time.
  let chunkSize: Int
  /// An adapter's reading of the header and rows; `nil` for the canonical header.
  var mapper: (any CSVRowMapper)?

  /// A reader with the default chunk size (1 MiB).
  public init() {
    self.init(chunkSize: 1 << 20)
  }

  /// A reader with another chunk size: small sizes make tests cut records at every byte.
  init(chunkSize: Int, mapper: (any CSVRowMapper)? = nil) {
    self.chunkSize = max(chunkSize, 1)
    self.mapper = mapper
  }

  /// Reads the CSV file, emitting one record per data row in file order. Throws when the file
  /// cannot be opened or read, or has no header that makes it an inventory.
  public func read(
    _ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void
  ) throws {
    let source = try CSVByteSource(input, chunkSize: chunkSize)
    var parser = CSVDocumentParser(input: input, mapper: mapper)
    var buffer: [UInt8] = []
    buffer.reserveCapacity(chunkSize * 2)
    var atEOF = false
    var wanted = 0
    while true {
      atEOF = try !source.read(appendingTo: &buffer)
      // A record longer than the buffer is scanned again from its start once more bytes come:
      // waiting until the buffer has doubled keeps a 10 MB field linear, not quadratic, in its size.
      while !atEOF, buffer.count < wanted { atEOF = try !source.read(appendingTo: &buffer) }
      let consumed = try buffer.withUnsafeBufferPointer {
        try parser.consume($0, atEOF: atEOF, emit: emit, diagnose: diagnose)
      }
      if atEOF { break }
      // Keep only the record cut by the end of the buffer; it is scanned again with what follows.
      buffer.removeSubrange(0..<consumed)
      wanted = consumed == 0 ? buffer.count * 2 : 0
    }
    try parser.finish()
  }
}
