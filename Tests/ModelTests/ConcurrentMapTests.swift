import ContainerFitModel
import XCTest

final class ConcurrentMapTests: XCTestCase {
  func testKeepsOrderAndEveryElementAtEverySize() {
    for count in [0, 1, 255, 256, 257, 10_000, 100_003] {
      let values = Array(0..<count)
      XCTAssertEqual(values.concurrentMap { "\($0 * 3)" }, values.map { "\($0 * 3)" }, "count \(count)")
    }
  }

  func testSmallChunksStillCoverTheWholeArray() {
    let values = (0..<5_000).map { Double($0) / 7 }
    XCTAssertEqual(values.concurrentMap(minimumChunk: 1) { $0 * 2 }, values.map { $0 * 2 })
  }
}
