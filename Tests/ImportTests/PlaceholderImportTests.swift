import XCTest

final class PlaceholderImportTests: XCTestCase {
  func testPlaceholder() {}
}
