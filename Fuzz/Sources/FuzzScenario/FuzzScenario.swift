import ContainerFitModel
import Foundation
import FuzzSupport

/// Fuzzes scenario decoding (YAML or JSON). A `ScenarioError` is the expected outcome for bad
/// input; anything else that escapes, or any trap, is a finding.
@main
enum FuzzScenario {
  static func main() { FuzzDriver.run(fuzzScenario) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
  do {
    _ = try ScenarioLoader.decode(bytes, file: "fuzz.yaml")
  } catch is ScenarioError {
  } catch {
    fatalError("scenario decoding threw something other than ScenarioError: \(error)")
  }
  return 0
}
