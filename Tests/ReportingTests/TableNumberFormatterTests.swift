import ContainerFitImport
import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitReporting

final class TableNumberFormatterTests: XCTestCase {
  func testWholeNumbersHaveNoDecimalPoint() {
    XCTAssertEqual(TableNumberFormatter.format(2), "2")
    XCTAssertEqual(TableNumberFormatter.format(-2), "-2")
    XCTAssertEqual(TableNumberFormatter.format(1_000_000), "1000000")
  }

  func testDecimalsAreRoundedToThreePlacesAndTrimmed() {
    XCTAssertEqual(TableNumberFormatter.format(2.5), "2.5")
    XCTAssertEqual(TableNumberFormatter.format(0.125), "0.125")
    XCTAssertEqual(TableNumberFormatter.format(10.0 / 3), "3.333")
    XCTAssertEqual(TableNumberFormatter.format(-10.0 / 3), "-3.333")
    XCTAssertEqual(TableNumberFormatter.format(0.05), "0.05")
    XCTAssertEqual(TableNumberFormatter.format(1.9996), "2")
    XCTAssertEqual(TableNumberFormatter.format(-0.0001), "0")
  }

  func testNonFiniteValuesAreEmpty() {
    XCTAssertEqual(TableNumberFormatter.format(.nan), "")
    XCTAssertEqual(TableNumberFormatter.format(.infinity), "")
    XCTAssertEqual(TableNumberFormatter.format(-.infinity), "")
  }

  /// The byte formatting the table writers use agrees with the definition, written the slow way:
  /// round half away from zero to thousandths, print three decimals, trim zeros.
  func testFormattingAgreesWithThePrintfDefinitionOnRandomValues() {
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<20_000 {
      let magnitude = [1.0, 10, 1_000, 1e6, 1e12][Int.random(in: 0..<5, using: &generator)]
      let value = Double.random(in: -magnitude...magnitude, using: &generator)
      let scaled = (value * 1000).rounded(.toNearestOrAwayFromZero)
      var expected = String(format: "%.3f", scaled / 1000)
      while expected.hasSuffix("0") { expected.removeLast() }
      if expected.hasSuffix(".") { expected.removeLast() }
      if expected == "-0" { expected = "0" }
      XCTAssertEqual(TableNumberFormatter.format(value), expected, "\(value)")
    }
  }

  func testWholeNumbersAreAppendedAsStringWritesThem() {
    var generator = SeededGenerator(seed: 7)
    let values =
      [0, 9, 10, -1, -10, 99, 100, Int.max, Int.min]
      + (0..<1_000).map { _ in Int.random(in: .min ... .max, using: &generator) }
    for value in values {
      var bytes = ByteBuffer()
      TableNumberFormatter.append(value, to: &bytes)
      XCTAssertEqual(bytes.text, String(value))
    }
  }

  func testHugeValuesHaveNoExponent() {
    XCTAssertEqual(TableNumberFormatter.format(1e16), "10000000000000000")
  }
}
