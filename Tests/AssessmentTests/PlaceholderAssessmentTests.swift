import XCTest

final class PlaceholderAssessmentTests: XCTestCase {
  func testPlaceholder() {}
}
