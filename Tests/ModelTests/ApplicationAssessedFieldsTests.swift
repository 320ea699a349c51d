import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class ApplicationAssessedFieldsTests: XCTestCase {
  /// The confidence and the data-gap rule's memo key read the list in order: sorted by gap name, once each.
  func testAssessedFieldsAreApplicationFieldsSortedByGapNameOnceEach() {
    let names = Application.assessedFields.map(\.gapName)
    XCTAssertEqual(names, Array(Set(names)).sorted())
    XCTAssertFalse(Application.assessedFields.contains { $0.isServerField })
  }

  /// Each field is known on a fully described application and unknown on one that leaves it out.
  func testEachAssessedFieldIsKnownExactlyWhenGiven() {
    let full = Application.fixture()
    let empty = Application(id: "a", name: "a", serverId: "s")
    for field in Application.assessedFields {
      XCTAssertTrue(full.isKnown(field), field.rawValue)
      XCTAssertFalse(empty.isKnown(field), field.rawValue)
    }
    XCTAssertTrue(empty.isKnown(.cpuCores), "a field the assessment does not read counts as known")
  }
}
