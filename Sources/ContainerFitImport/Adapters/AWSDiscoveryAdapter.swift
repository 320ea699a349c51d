import ContainerFitModel

/// Reads the AWS Migration Hub / Application Discovery Service import CSV: servers, and the names in
/// its `Applications` column as applications.
public struct AWSDiscoveryAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "aws-discovery"

  public init() {}

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    try CSVReader(chunkSize: 1 << 20, mapper: AWSDiscoveryMapper()).read(input, emit: emit, diagnose: diagnose)
  }
}
