import FuzzSupport

@testable import ContainerFitImport

/// Fuzzes `CSVReader`: every input is read as a .csv file and joined into an estate.
@main
enum FuzzCSV {
  static func main() { FuzzDriver.run(fuzzCSV) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  // A chunk a few bytes long cuts tokens and records at every place a 1 MiB chunk would.
  FuzzInput.run(CSVReader(chunkSize: 7), data, size, extension: "csv")
  return 0
}
