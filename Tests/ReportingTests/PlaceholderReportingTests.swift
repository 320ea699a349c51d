import XCTest

final class PlaceholderReportingTests: XCTestCase {
  func testPlaceholder() {}
}
