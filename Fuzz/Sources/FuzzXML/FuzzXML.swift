import ContainerFitImport
import FuzzSupport

/// Fuzzes `XMLInventoryReader`: every input is read as a .xml file and joined into an estate.
@main
enum FuzzXML {
  static func main() { FuzzDriver.run(fuzzXML) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzInput.run(XMLInventoryReader(), data, size, extension: "xml")
  return 0
}
