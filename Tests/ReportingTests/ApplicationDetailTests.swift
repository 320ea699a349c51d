import ContainerFitImport
import ContainerFitModel
import XCTest

@testable import ContainerFitReporting

final class ApplicationDetailTests: XCTestCase {
  /// Selecting the extremes in one pass gives exactly the ends of a full sort, ties included.
  func testFirstCountMatchesTheFullSortOnRandomInputsWithTies() {
    var generator = SeededGenerator(seed: 7)
    for round in 0..<200 {
      let size = Int.random(in: 0...300, using: &generator)
      let keys = (0..<size).map { _ in
        (Int.random(in: 0...20, using: &generator), Int.random(in: 0...1_000, using: &generator))
      }
      let precedes: (Int, Int) -> Bool = { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
      let count = Int.random(in: 1...30, using: &generator)
      let sorted = (0..<size).sorted(by: precedes)
      XCTAssertEqual(
        ApplicationDetail.first(count, of: 0..<size, by: precedes), Array(sorted.prefix(count)), "\(round)")
      XCTAssertEqual(
        ApplicationDetail.first(count, of: 0..<size, by: { precedes($1, $0) }), Array(sorted.suffix(count).reversed()),
        "\(round)")
    }
  }
}
