import ContainerFitModel
import XCTest

final class RuntimeVersionTests: XCTestCase {
  func testNumericVersionReadsTheFirstTwoParts() {
    XCTAssertEqual(Runtime(parsing: "dotnet-framework-4.8").numericVersion, 4.8)
    XCTAssertEqual(Runtime(parsing: "dotnet-framework-4.7.2").numericVersion, 4.7)
    XCTAssertEqual(Runtime(parsing: "dotnet-framework-3.5").numericVersion, 3.5)
    XCTAssertEqual(Runtime(parsing: "java-17").numericVersion, 17)
    XCTAssertNil(Runtime(parsing: "native").numericVersion)
    XCTAssertNil(Runtime(parsing: "dotnet-framework-4.x").numericVersion)
  }

  /// The same as splitting on dots (empty parts dropped), keeping two parts and joining them, for
  /// any text: checked against that plain form on random versions.
  func testNumericVersionAgreesWithSplittingAndJoining() {
    var generator = SplitMix(state: 16)
    let alphabet = Array("0123456789....x -é")
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...9, using: &generator)
      let version = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      let runtime = Runtime(parsing: "dotnet-framework-" + version)
      guard let parsed = runtime.version else { continue }
      let plain = Double(parsed.split(separator: ".").prefix(2).joined(separator: "."))
      XCTAssertEqual(runtime.numericVersion, plain, "version '\(parsed)'")
    }
  }
}

/// A small seeded generator (SplitMix64), so a failure repeats.
private struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
