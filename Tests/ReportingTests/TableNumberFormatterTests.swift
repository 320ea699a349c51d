import ContainerFitReporting
import XCTest

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

  func testHugeValuesHaveNoExponent() {
    XCTAssertEqual(TableNumberFormatter.format(1e16), "10000000000000000")
  }
}
