import ContainerFitModel

/// Reads any other CSV through a column mapping file (`--mapping FILE`).
public struct MappedCSVAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "mapped-csv"

  public let mapping: ColumnMapping

  public init(mapping: ColumnMapping) { self.mapping = mapping }

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    try CSVReader(chunkSize: 1 << 20, mapper: MappedCSVMapper(mapping: mapping)).read(
      input, emit: emit, diagnose: diagnose)
  }
}
