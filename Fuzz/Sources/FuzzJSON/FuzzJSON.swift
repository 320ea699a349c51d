import FuzzSupport

@testable import ContainerFitImport

/// Fuzzes `JSONInventoryReader`: every input is read as a .json file and joined into an estate.
@main
enum FuzzJSON {
  static func main() { FuzzDriver.run(fuzzJSON) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  // A chunk a few bytes long cuts tokens and records at every place a 1 MiB chunk would.
  FuzzInput.run(JSONInventoryReader(chunkSize: 7), data, size, extension: "json")
  return 0
}
