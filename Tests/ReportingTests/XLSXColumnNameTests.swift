import XCTest

@testable import ContainerFitReporting

final class XLSXColumnNameTests: XCTestCase {
  func testColumnLettersAppendedAreTheColumnsName() {
    XCTAssertEqual(
      ["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"], [0, 25, 26, 27, 701, 702, 16_383].map(XLSXPackageParts.columnName))
    for index in 0..<16_384 {
      var bytes = ByteBuffer()
      XLSXPackageParts.appendColumnName(index, to: &bytes)
      XCTAssertEqual(bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }, XLSXPackageParts.columnName(index))
    }
  }
}
