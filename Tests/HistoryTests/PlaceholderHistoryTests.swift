import XCTest

final class PlaceholderHistoryTests: XCTestCase {
  func testPlaceholder() {}
}
