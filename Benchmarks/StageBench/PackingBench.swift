// The packer alone, on generated instances (modes `classes` and `pack` of the stage harness).
// Instances come from Tests/PlanningTests/CapraraTothGenerator.swift and
// RealisticDemandGenerator.swift, compiled into the harness by scripts/bench.

import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning
import Foundation

enum PackingBench {
  /// Caprara–Toth classes: per class, mean and max gap of the host count to max(L1, L2) and to the
  /// strongest bound `LowerBound.bins`, and the mean packing time. Fails loudly below a bound.
  static func classes(count: Int, instances: Int, classes: [Int], withDual: Bool = false) {
    print("Caprara-Toth classes, n = \(count), \(instances) instances per class (seeds 1...\(instances))")
    print(
      String(
        format: "%-6@ %9@ %9@ %9@ %9@ %9@ %9@ %9@ %9@", "class", "bins", "L1L2", "bound", "gapL1L2", "maxL1L2",
        "gapBound", "ms/inst", "dual"))
    for cls in classes {
      var bins = 0
      var weak = 0
      var strong = 0
      var gaps: [Double] = []
      var strongGaps: [Double] = []
      var time = 0.0
      var duals = 0
      for seed in 1...instances {
        var rng = SeededGenerator(seed: UInt64(cls * 1000 + seed))
        let (items, capacity) = CapraraTothGenerator.instance(class: cls, count: count, rng: &rng)
        let start = wallSeconds()
        let packing = VectorPacker(capacity: capacity).pack(items)
        time += wallSeconds() - start
        let oneDimensional = LowerBound.oneDimensional(for: items, capacity: capacity)
        let bound = LowerBound.bins(for: items, capacity: capacity)
        precondition(packing.bins.count >= bound, "below the bound: class \(cls) seed \(seed)")
        precondition(valid(packing, items, capacity), "invalid packing: class \(cls) seed \(seed)")
        bins += packing.bins.count
        weak += oneDimensional
        strong += bound
        gaps.append(Double(packing.bins.count - oneDimensional) / Double(oneDimensional))
        strongGaps.append(Double(packing.bins.count - bound) / Double(bound))
        if withDual, let dual = dualBound(items, capacity) {
          precondition(packing.bins.count >= dual, "below the dual bound: class \(cls) seed \(seed)")
          duals += max(dual, bound)
        }
      }
      let mean = gaps.reduce(0, +) / Double(gaps.count) * 100
      let worst = (gaps.max() ?? 0) * 100
      let strongMean = strongGaps.reduce(0, +) / Double(strongGaps.count) * 100
      print(
        String(
          format: "%-6d %9d %9d %9d %8.2f%% %8.2f%% %8.2f%% %9.1f %9@", cls, bins, weak, strong, mean, worst,
          strongMean, time / Double(instances) * 1000, (duals > 0 ? String(duals) : "-") as NSString))
    }
  }

  /// A realistic pool of `count` demand vectors on m5.4xlarge hosts: hosts, bounds, times.
  static func pack(count: Int, runs: Int) {
    var rng = SeededGenerator(seed: 1)
    let items = RealisticDemandGenerator.items(count: count, rng: &rng)
    let capacity = PackingVector(capacityCores: (16 - 0.5) * 0.8, memoryGB: (64 - 2) * 0.8)
    var packing = VectorPacker(capacity: capacity).pack([])
    for run in 1...max(1, runs) {
      let start = wallSeconds()
      packing = VectorPacker(capacity: capacity).pack(items)
      print(String(format: "pack run %d: %.3f s", run, wallSeconds() - start))
    }
    var start = wallSeconds()
    let oneDimensional = LowerBound.oneDimensional(for: items, capacity: capacity)
    let weakTime = wallSeconds() - start
    start = wallSeconds()
    let bound = LowerBound.bins(for: items, capacity: capacity)
    let boundTime = wallSeconds() - start
    precondition(valid(packing, items, capacity), "invalid packing")
    print(
      String(
        format: "%d items: %d hosts, max(L1, L2) %d (%.2f s), bound %d (%.2f s), hosts/L1L2 %.4f, hosts/bound %.4f",
        count, packing.bins.count, oneDimensional, weakTime, bound, boundTime,
        Double(packing.bins.count) / Double(oneDimensional), Double(packing.bins.count) / Double(bound)))
  }

  /// A stronger lower bound for small capacities, by LP duality: for any item weights w ≥ 0, every
  /// bin holds a set of items of total weight at most P = max over feasible sets (a 0/1 knapsack in
  /// both dimensions, solved exactly by dynamic programming), so bins ≥ Σw / P. Weights
  /// α + λ·cpu/C + (1 − λ)·memory/C over a grid of α and λ; nil when the capacity is too large.
  static func dualBound(_ items: [PackingVector], _ capacity: PackingVector) -> Int? {
    let width = capacity.memory + 1
    guard capacity.cpu * width <= 40_000 else { return nil }
    var best = 0
    var table = [Double](repeating: 0, count: (capacity.cpu + 1) * width)
    for alpha in stride(from: 0.0, through: 1.0, by: 0.1) {
      for (lambda, mu) in [(0.5, 0.0), (0.0, 0.0), (1.0, 0.0), (0.5, 0.1), (0.5, 0.2), (0.5, 0.3), (0.5, 0.5)] {
        // μ rewards items over half the capacity in a dimension (two never share a bin there).
        let weights = items.map {
          alpha + lambda * Double($0.cpu) / Double(capacity.cpu)
            + (1 - lambda) * Double($0.memory) / Double(capacity.memory)
            + mu * Double(($0.cpu * 2 > capacity.cpu ? 1 : 0) + ($0.memory * 2 > capacity.memory ? 1 : 0))
        }
        for index in table.indices { table[index] = 0 }
        for (item, weight) in zip(items, weights) where item.fits(in: capacity) {
          var cpu = capacity.cpu
          while cpu >= item.cpu {
            var memory = capacity.memory
            while memory >= item.memory {
              let candidate = table[(cpu - item.cpu) * width + memory - item.memory] + weight
              if candidate > table[cpu * width + memory] { table[cpu * width + memory] = candidate }
              memory -= 1
            }
            cpu -= 1
          }
        }
        let pattern = table[capacity.cpu * width + capacity.memory]
        guard pattern > 0 else { continue }
        let total = weights.reduce(0, +)
        best = max(best, Int((total / pattern - 1e-9).rounded(.up)))
      }
    }
    return best
  }

  private static func valid(_ packing: VectorPacker.Packing, _ items: [PackingVector], _ capacity: PackingVector)
    -> Bool
  {
    var seen = [Bool](repeating: false, count: items.count)
    for bin in packing.bins {
      var cpu = 0
      var memory = 0
      for item in bin {
        if seen[item] { return false }
        seen[item] = true
        cpu += items[item].cpu
        memory += items[item].memory
      }
      if cpu > capacity.cpu || memory > capacity.memory { return false }
    }
    for item in packing.oversized { seen[item] = true }
    return !seen.contains(false)
  }
}
