import ContainerFitImport
import FuzzSupport

/// Fuzzes the whole loader: format detection from content, the detected reader, and joining into
/// an estate, on a file whose extension tells nothing.
@main
enum FuzzLoader {
  static func main() { FuzzDriver.run(fuzzLoader) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let path = FuzzInput.write(data, size, extension: "dat")
  do {
    let estate = try InventoryLoader().load([path])
    for diagnostic in estate.rejections + estate.warnings { _ = diagnostic.description }
  } catch is ImportError {
  } catch {
    fatalError("the loader threw something other than ImportError: \(error)")
  }
  return 0
}
