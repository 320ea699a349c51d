import ContainerFitConcurrency
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

  func testTakingMovesEachElementOutOnceWithItsIndex() {
    for count in [0, 1, 4_095, 4_096, 4_097, 100_003] {
      var values = (0..<count).map { ["item \($0)"] }
      let made: [String] = values.concurrentlyMaking(minimumChunk: 4_096, placeholder: { [] }) { range, take, put in
        for index in range { put(index, "\(index):\(take(index)[0])") }
      }
      XCTAssertEqual(made, (0..<count).map { "\($0):item \($0)" }, "count \(count)")
      XCTAssertTrue(values.allSatisfy(\.isEmpty), "every element was taken, the placeholder left, count \(count)")
    }
  }

  func testTakingMovesRatherThanCopies() {
    final class Box: Sendable {}
    var boxes = (0..<10_000).map { _ in Box() }
    let identities = boxes.map(ObjectIdentifier.init)
    var made: [Box] = boxes.concurrentlyMaking(minimumChunk: 64, placeholder: { Box() }) { range, take, put in
      for index in range { put(index, take(index)) }
    }
    XCTAssertEqual(made.map(ObjectIdentifier.init), identities, "each element moved to its own index")
    // A copy left behind in `boxes` would make every box shared.
    XCTAssertTrue(made.indices.allSatisfy { isKnownUniquelyReferenced(&made[$0]) })
  }

  func testUpdatingEachChangesEveryElementOnceWhereItIs() {
    for count in [0, 1, 255, 256, 257, 100_003] {
      var values = (0..<count).map { [$0] }
      let storage = values.withUnsafeBufferPointer { $0.baseAddress }
      values.concurrentlyUpdateEach { index, element in element.append(index * 2) }
      XCTAssertEqual(values, (0..<count).map { [$0, $0 * 2] }, "count \(count)")
      XCTAssertEqual(values.withUnsafeBufferPointer { $0.baseAddress }, storage, "changed in place, count \(count)")
    }
  }

  func testMakingByIndexFillsEveryIndexInOrder() {
    for count in [0, 1, 255, 256, 257, 100_003] {
      XCTAssertEqual([String](concurrentlyMaking: count) { "#\($0)" }, (0..<count).map { "#\($0)" }, "count \(count)")
    }
  }

  func testMakingByChunksCoversTheIndicesOnceWithOneSetUpPerChunk() {
    for count in [1, 300, 10_000] {
      let made = [[Int]](concurrentlyMaking: count, minimumChunk: 64) { range, put in
        let chunkStart = range.lowerBound  // set up once per chunk
        for index in range { put(index, [index, chunkStart]) }
      }
      XCTAssertEqual(made.map { $0[0] }, Array(0..<count), "count \(count)")
      // Each element says which chunk made it: contiguous runs of max(64, count / 64) indices.
      let chunkSize = max(64, count / 64)
      XCTAssertEqual(made.map { $0[1] }, (0..<count).map { $0 / chunkSize * chunkSize }, "count \(count)")
    }
  }
}
