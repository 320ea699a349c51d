import XCTest

final class PlaceholderPlanningTests: XCTestCase {
  func testPlaceholder() {}
}
