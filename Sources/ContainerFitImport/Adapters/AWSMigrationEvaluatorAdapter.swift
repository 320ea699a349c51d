import ContainerFitModel

/// Reads the AWS Migration Evaluator inventory template (`Server Name, CPU Cores, Memory (MB), ...`).
public struct AWSMigrationEvaluatorAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "aws-migration-evaluator"

  public init() {}

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    try CSVReader(chunkSize: 1 << 20, mapper: AWSMigrationEvaluatorMapper()).read(
      input, emit: emit, diagnose: diagnose)
  }
}
