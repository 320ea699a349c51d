import XCTest

@testable import ContainerFitImport

final class AppIdIndexTests: XCTestCase {
  func testFindsEveryIdAfterGrowingAndNoneThatWasNotFiled() {
    var ids: [String] = []
    var index = AppIdIndex(capacity: 4)
    for number in 0..<10_000 {
      let id = "APP-\(number)"
      XCTAssertNil(index.position(hash: AppIdIndex.hash(of: id), where: { ids[$0] == id }))
      index.insert(hash: AppIdIndex.hash(of: id), position: ids.count)
      ids.append(id)
    }
    for (position, id) in ids.enumerated() {
      XCTAssertEqual(index.position(hash: AppIdIndex.hash(of: id), where: { ids[$0] == id }), position, id)
    }
    XCTAssertNil(index.position(hash: AppIdIndex.hash(of: "APP-10000"), where: { ids[$0] == "APP-10000" }))
  }

  func testIdsFiledUnderOneHashAreToldApartByTheirText() {
    // Every id under the same hash: the probe walks past the others to the one that matches.
    let ids = (0..<100).map { "id-\($0)" }
    var index = AppIdIndex()
    for position in ids.indices { index.insert(hash: 7, position: position) }
    for (position, id) in ids.enumerated() {
      XCTAssertEqual(index.position(hash: 7, where: { ids[$0] == id }), position)
    }
    XCTAssertNil(index.position(hash: 7, where: { ids[$0] == "id-100" }))
    XCTAssertNil(index.position(hash: 8, where: { _ in true }))
  }

  func testEqualTextsHashEquallyHoweverTheyAreStored() {
    let literal = "WEB-0001-a-rather-long-identifier"
    let built = ["WEB-0001", "a-rather-long-identifier"].joined(separator: "-")
    XCTAssertEqual(AppIdIndex.hash(of: literal), AppIdIndex.hash(of: built))
  }
}
