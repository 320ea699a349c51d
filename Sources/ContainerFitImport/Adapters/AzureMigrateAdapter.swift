import ContainerFitModel

/// Reads Azure Migrate's server import CSV (`*Server name,IP addresses,*Cores,*Memory (In MB),...`).
public struct AzureMigrateAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "azure-migrate"

  public init() {}

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    try CSVReader(chunkSize: 1 << 20, mapper: AzureMigrateMapper()).read(input, emit: emit, diagnose: diagnose)
  }
}
