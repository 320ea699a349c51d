import ContainerFitModel

/// Reads an RVTools `vInfo` sheet saved as CSV (any header case, `Provisioned MiB` or `MB`, `;` and
/// decimal commas, Windows-1252) through the CSV reader, mapping each VM onto a server record.
public struct RVToolsCSVAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "rvtools-csv"

  public init() {}

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    try CSVReader(chunkSize: 1 << 20, mapper: RVToolsVInfoMapper()).read(input, emit: emit, diagnose: diagnose)
  }
}
