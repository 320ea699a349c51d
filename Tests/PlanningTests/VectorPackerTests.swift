import ContainerFitImport
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

  func testSizesSortedByCountingAreSortedAsByComparison() {
    var rng = SeededGenerator(seed: 5)
    for (count, maximum) in [(0, 10), (1, 0), (1_000, 10), (1_000, 32_000), (20_000, 131_072), (100, 1 << 40)] {
      let sizes = (0..<count).map { _ in Int.random(in: 0...maximum, using: &rng) }
      XCTAssertEqual(LowerBound.sortedSizes(sizes, maximum: maximum), sizes.sorted(), "\(count) up to \(maximum)")
    }
    // A size outside 0...maximum (not an item that fits) is sorted by comparison.
    XCTAssertEqual(LowerBound.sortedSizes([5, -1, 3, 12], maximum: 10), [-1, 3, 5, 12])
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
      let items = RealisticDemandGenerator.items(count: 20_000, rng: &rng)
      let capacity = PackingVector(capacityCores: (16 - 0.5) * 0.8, memoryGB: (64 - 2) * 0.8)
      let bins = VectorPacker(capacity: capacity).pack(items).bins.count
      let bound = LowerBound.bins(for: items, capacity: capacity)
      XCTAssertLessThanOrEqual(Double(bins), Double(bound) * 1.01, "\(bins) hosts for a bound of \(bound)")
    }
  }

  func testCapraraTothClassesStayCloseToTheBound() {
    // Small n keeps the suite fast; the n = 500 figures come from `stagebench classes`.
    var rng = SeededGenerator(seed: 42)
    for cls in 1...10 {
      var gaps: [Double] = []
      for _ in 0..<2 {
        let (items, capacity) = CapraraTothGenerator.instance(class: cls, count: 90, rng: &rng)
        let packing = VectorPacker(capacity: capacity).pack(items)
        let bound = LowerBound.bins(for: items, capacity: capacity)
        XCTAssertGreaterThanOrEqual(packing.bins.count, bound, "class \(cls)")
        XCTAssertGreaterThanOrEqual(bound, LowerBound.oneDimensional(for: items, capacity: capacity))
        for bin in packing.bins {
          XCTAssertLessThanOrEqual(bin.reduce(0) { $0 + items[$1].cpu }, capacity.cpu)
          XCTAssertLessThanOrEqual(bin.reduce(0) { $0 + items[$1].memory }, capacity.memory)
        }
        gaps.append(Double(packing.bins.count - bound) / Double(bound))
      }
      // At n = 90 one bin is 3–4% of the bound on the classes with few items per bin.
      XCTAssertLessThan(gaps.reduce(0, +) / Double(gaps.count), 0.1, "class \(cls): \(gaps)")
    }
  }

  func testPackingIsDeterministic() {
    var rng = SeededGenerator(seed: 5)
    let (items, capacity) = CapraraTothGenerator.instance(class: 6, count: 200, rng: &rng)
    let packer = VectorPacker(capacity: capacity)
    XCTAssertEqual(packer.pack(items), packer.pack(items))
  }

  func testCardinalityBoundCountsItemsThatCannotShareABinThreeAtATime() {
    // Five items of 40 in 100: L1 = L2 = 2, but no bin holds three.
    XCTAssertEqual(LowerBound.l2([40, 40, 40, 40, 40], capacity: 100), 2)
    XCTAssertEqual(LowerBound.cardinality(sorted: [40, 40, 40, 40, 40], capacity: 100), 3)
    XCTAssertEqual(
      LowerBound.bins(
        for: Array(repeating: PackingVector(cpu: 40, memory: 1), count: 5),
        capacity: PackingVector(cpu: 100, memory: 100)),
      3)
  }

  func testSurrogateBoundSeesPairsThatConflictInOneDimensionOrTheOther() {
    // (45, 60) and (60, 45) in (100, 100): any two collide in one dimension, so 4 bins; either
    // dimension alone allows 3. The sum of both dimensions (λ = 1/2) has every item above half.
    let items = [(45, 60), (45, 60), (60, 45), (60, 45)].map { PackingVector(cpu: $0.0, memory: $0.1) }
    let capacity = PackingVector(cpu: 100, memory: 100)
    XCTAssertEqual(LowerBound.oneDimensional(for: items, capacity: capacity), 3)
    XCTAssertEqual(LowerBound.bins(for: items, capacity: capacity), 4)
    XCTAssertEqual(ExactPacker.minimumBins(items, capacity: capacity), 4)
  }

  func testBoundsNeverExceedTheExactOptimumOnCorrelatedTinyInstances() {
    var rng = SeededGenerator(seed: 13)
    for round in 0..<400 {
      let capacity = PackingVector(cpu: 150, memory: 150)
      let items = (0..<Int.random(in: 1...11, using: &rng)).map { _ -> PackingVector in
        let a = Int.random(in: 20...100, using: &rng)
        // Half the rounds negatively, half positively correlated (Caprara–Toth classes 8 and 7).
        let b =
          round.isMultiple(of: 2)
          ? Int.random(in: 110 - a...130 - a, using: &rng) : Int.random(in: a - 10...a + 10, using: &rng)
        return PackingVector(cpu: a, memory: b)
      }
      let exact = ExactPacker.minimumBins(items, capacity: capacity)
      XCTAssertLessThanOrEqual(LowerBound.bins(for: items, capacity: capacity), exact, "round \(round): \(items)")
      XCTAssertGreaterThanOrEqual(VectorPacker(capacity: capacity).pack(items).bins.count, exact, "round \(round)")
    }
  }
}
