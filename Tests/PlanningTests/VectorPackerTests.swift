import ContainerFitModel
import XCTest

@testable import ContainerFitPlanning

final class VectorPackerTests: XCTestCase {
  func testRandomInstancesNeverExceedCapacityPlaceEveryItemOnceAndStayAboveTheBound() {
    var rng = SeededGenerator(seed: 7)
    for round in 0..<2000 {
      let capacity = PackingVector(
        cpu: Int.random(in: 50...200, using: &rng), memory: Int.random(in: 50...200, using: &rng))
      let count = Int.random(in: 0...60, using: &rng)
      let items = (0..<count).map { _ in
        PackingVector(cpu: Int.random(in: 1...230, using: &rng), memory: Int.random(in: 1...230, using: &rng))
      }
      let packing = VectorPacker(capacity: capacity).pack(items)
      let placed = packing.bins.flatMap { $0 }
      XCTAssertEqual(Set(placed).count, placed.count, "item placed twice, round \(round)")
      XCTAssertEqual(Set(placed).union(packing.oversized), Set(items.indices), "item lost, round \(round)")
      for index in packing.oversized { XCTAssertFalse(items[index].fits(in: capacity)) }
      for bin in packing.bins {
        XCTAssertFalse(bin.isEmpty)
        XCTAssertLessThanOrEqual(bin.reduce(0) { $0 + items[$1].cpu }, capacity.cpu, "round \(round)")
        XCTAssertLessThanOrEqual(bin.reduce(0) { $0 + items[$1].memory }, capacity.memory, "round \(round)")
      }
      XCTAssertGreaterThanOrEqual(packing.bins.count, LowerBound.bins(for: items, capacity: capacity))
    }
  }

  func testTinyInstancesMatchAnExactSolverInMostCasesAndNeverBeatIt() {
    var rng = SeededGenerator(seed: 11)
    var optimal = 0
    let rounds = 300
    for round in 0..<rounds {
      let capacity = PackingVector(cpu: 100, memory: 100)
      let items = (0..<Int.random(in: 1...10, using: &rng)).map { _ in
        PackingVector(cpu: Int.random(in: 5...80, using: &rng), memory: Int.random(in: 5...80, using: &rng))
      }
      let exact = ExactPacker.minimumBins(items, capacity: capacity)
      let packed = VectorPacker(capacity: capacity).pack(items).bins.count
      XCTAssertGreaterThanOrEqual(packed, exact, "round \(round)")
      XCTAssertGreaterThanOrEqual(
        exact, LowerBound.bins(for: items, capacity: capacity), "bound invalid, round \(round)")
      if packed == exact { optimal += 1 }
    }
    XCTAssertGreaterThanOrEqual(optimal, rounds * 95 / 100, "optimal on \(optimal) of \(rounds)")
  }

  func testComplementaryItemsPairUpWhereFirstFitDecreasingStrandsOneDimension() {
    // Optimal: 3 bins of (70,20)+(20,70); pairing like with like needs 6.
    let items =
      [PackingVector](repeating: PackingVector(cpu: 70, memory: 20), count: 3)
      + [PackingVector](repeating: PackingVector(cpu: 20, memory: 70), count: 3)
    XCTAssertEqual(VectorPacker(capacity: PackingVector(cpu: 100, memory: 100)).pack(items).bins.count, 3)
  }

  func testKnownSmallInstancesReachTheirOptimum() {
    let capacity = PackingVector(cpu: 10, memory: 10)
    let cases: [([PackingVector], Int)] = [
      ([], 0),
      ([PackingVector(cpu: 10, memory: 10)], 1),
      ((0..<10).map { _ in PackingVector(cpu: 1, memory: 1) }, 1),
      ((0..<4).map { _ in PackingVector(cpu: 6, memory: 1) }, 4),
      ([(5, 5), (5, 5), (5, 5), (5, 5)].map { PackingVector(cpu: $0.0, memory: $0.1) }, 2),
      ([(6, 2), (4, 8), (6, 2), (4, 8), (3, 3)].map { PackingVector(cpu: $0.0, memory: $0.1) }, 3),
    ]
    for (items, expected) in cases {
      XCTAssertEqual(VectorPacker(capacity: capacity).pack(items).bins.count, expected, "\(items)")
    }
  }

  func testAnItemLargerThanTheBinIsReportedNotDropped() {
    let packing = VectorPacker(capacity: PackingVector(cpu: 10, memory: 10)).pack([
      PackingVector(cpu: 11, memory: 1), PackingVector(cpu: 2, memory: 2),
    ])
    XCTAssertEqual(packing.oversized, [0])
    XCTAssertEqual(packing.bins, [[1]])
  }

  func testMartelloTothBoundSeesItemsThatCannotShareABin() {
    // Three items of 60 in a bin of 100: L1 = 2, L2 = 3.
    XCTAssertEqual(LowerBound.l1([60, 60, 60], capacity: 100), 2)
    XCTAssertEqual(LowerBound.l2([60, 60, 60], capacity: 100), 3)
    // 70, 30, 30, 30 in 100: L2 with K = 30 → one big (70 > 100 − 30) + ceil(90 − 0)/100 → 2.
    XCTAssertEqual(LowerBound.l2([70, 30, 30, 30], capacity: 100), 2)
  }

  func testRealisticEstatesLandWithinOnePercentOfTheLowerBound() {
    var rng = SeededGenerator(seed: 3)
    for _ in 0..<3 {
      let items = EstateGenerator.realisticItems(count: 20_000, rng: &rng)
      let capacity = PackingVector(capacityCores: (16 - 0.5) * 0.8, memoryGB: (64 - 2) * 0.8)
      let bins = VectorPacker(capacity: capacity).pack(items).bins.count
      let bound = LowerBound.bins(for: items, capacity: capacity)
      XCTAssertLessThanOrEqual(Double(bins), Double(bound) * 1.01, "\(bins) hosts for a bound of \(bound)")
    }
  }

  func testCapraraTothClassesStayCloseToTheBound() {
    var rng = SeededGenerator(seed: 42)
    for cls in [1, 4, 5, 9] {
      var gaps: [Double] = []
      for _ in 0..<3 {
        let (items, capacity) = CapraraTothGenerator.instance(class: cls, count: 500, rng: &rng)
        let bins = VectorPacker(capacity: capacity).pack(items).bins.count
        let bound = LowerBound.bins(for: items, capacity: capacity)
        XCTAssertGreaterThanOrEqual(bins, bound)
        gaps.append(Double(bins - bound) / Double(bound))
      }
      XCTAssertLessThan(gaps.reduce(0, +) / Double(gaps.count), 0.06, "class \(cls): \(gaps)")
    }
  }
}
