import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class FieldIndexTests: XCTestCase {
  func testEachFieldsIndexIsItsPositionAmongAllCases() {
    for (position, field) in Field.allCases.enumerated() {
      XCTAssertEqual(field.index, position, "\(field)")
    }
  }

  func testEveryFieldHasItsOwnBitInASixtyFourBitSet() {
    XCTAssertLessThanOrEqual(Field.allCases.count, 64)
    let bits = Field.allCases.map(\.bit)
    XCTAssertEqual(Set(bits).count, bits.count)
    XCTAssertEqual(bits.reduce(0, |).nonzeroBitCount, Field.allCases.count)
  }
}
