import FuzzSupport

@testable import ContainerFitImport

/// Fuzzes `JSONLinesReader`: every input is read as a .jsonl file and joined into an estate.
@main
enum FuzzJSONLines {
  static func main() { FuzzDriver.run(fuzzJSONLines) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  // A chunk a few bytes long cuts tokens and records at every place a 1 MiB chunk would.
  FuzzInput.run(JSONLinesReader(chunkSize: 7), data, size, extension: "jsonl")
  return 0
}
