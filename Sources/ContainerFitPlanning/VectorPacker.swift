/// Two-dimensional (CPU, memory) vector bin packing into identical bins.
///
/// Bin-centric greedy (Panigrahy et al., "Heuristics for Vector Bin Packing", 2011): fill one bin
/// at a time, each time adding the item that best aligns with the bin's remaining capacity, with
/// dimensions weighted by the average demand. Plain first-fit decreasing by summed size strands
/// one dimension; aligning with what is left keeps both filled. Identical demand vectors are
/// aggregated into item types, so a placement costs O(types), not O(items); when an estate has
/// too many distinct vectors for that, near-identical ones share a class (a fine quantile grid)
/// whose largest remaining item stands for it, and fits are always checked on the real item.
/// Small instances (up to `exhaustiveRuleLimit` items) try every rule and keep the best, then run a
/// local search: pairs of bins trade items so the fuller one fills up (free space gathers in few
/// bins), and the lightest bins are emptied by moves and swaps (`VectorPacker+BinEmptying.swift`).
/// Larger instances use the L2-norm rule and a bounded pass that empties the lightest bins: on
/// generated estates and on Caprara-Toth classes above 5,000 items it leaves a third to two thirds
/// of the dot-product rule's gap to the bound, at the same cost (docs/performance.md).
public struct VectorPacker: Sendable {
  /// How an item is chosen for the open bin.
  public enum Rule: Sendable, CaseIterable {
    /// Maximise Σ w_d · item_d · remaining_d (normalised).
    case dotProduct
    /// Minimise Σ w_d · (remaining_d − item_d)² (normalised).
    case l2Norm
    /// Minimum bin slack (Gupta and Ho, 1999; Fleszar and Hindi's MBS'): the largest item, then a
    /// bounded search for the subset of the others that leaves the least weighted slack. Costly,
    /// so only for small instances.
    case minimumSlack
  }

  /// The outcome: bins as lists of item indices, and the items no empty bin can hold.
  public struct Packing: Sendable, Equatable {
    public var bins: [[Int]]
    public var oversized: [Int]
  }

  public var capacity: PackingVector
  /// Upper bound on classes scanned per placement; more distinct vectors are grouped.
  public var maxClasses: Int
  /// Instances up to this many items try every rule and keep the best.
  public var exhaustiveRuleLimit: Int
  /// Bins the improvement pass tries to empty.
  public var improvementBins: Int
  /// Item checks the bin-emptying local search may spend (instances up to `exhaustiveRuleLimit`).
  public var binEmptyingBudget = 30_000_000

  public init(
    capacity: PackingVector, maxClasses: Int = 256, exhaustiveRuleLimit: Int = 5_000,
    improvementBins: Int = 64
  ) {
    self.capacity = capacity
    self.maxClasses = maxClasses
    self.exhaustiveRuleLimit = exhaustiveRuleLimit
    self.improvementBins = improvementBins
  }

  /// Packs `items`; every item that fits an empty bin is placed exactly once, and no bin exceeds
  /// the capacity in any dimension.
  public func pack(_ items: [PackingVector]) -> Packing {
    var oversized: [Int] = []
    var fitting: [Int] = []
    fitting.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      if item.fits(in: capacity) { fitting.append(index) } else { oversized.append(index) }
    }
    guard !fitting.isEmpty else { return Packing(bins: [], oversized: oversized) }
    let rules: [Rule] = fitting.count <= exhaustiveRuleLimit ? Rule.allCases : [.l2Norm]
    var best: [[Int]] = []
    for rule in rules {
      var bins = rule == .minimumSlack ? minimumSlack(items, fitting) : greedy(items, fitting, rule: rule)
      improve(&bins, items, budget: fitting.count <= exhaustiveRuleLimit ? bins.count : improvementBins)
      if best.isEmpty || bins.count < best.count { best = bins }
    }
    if fitting.count <= exhaustiveRuleLimit {
      emptyBins(&best, items, workBudget: binEmptyingBudget)
      for _ in 0..<8 {
        guard concentrate(&best, items, workBudget: binEmptyingBudget / 8) else { break }
        emptyBins(&best, items, workBudget: binEmptyingBudget)
      }
    }
    return Packing(bins: best, oversized: oversized)
  }
}

extension VectorPacker {
  /// Items sharing (nearly) one demand vector, largest first; `head` is the next to place.
  private struct ItemClass {
    var members: [Int]
    var head = 0
  }

  private func classes(_ items: [PackingVector], _ fitting: [Int]) -> [ItemClass] {
    // Huge pools scan fewer, coarser classes so a placement stays cheap (about a second per million).
    let maxClasses = fitting.count > 200_000 ? min(self.maxClasses, 100) : self.maxClasses
    var byVector: [PackingVector: Int] = [:]
    var exact: [ItemClass] = []
    for index in fitting {
      if let slot = byVector[items[index]] {
        exact[slot].members.append(index)
      } else if exact.count <= maxClasses {
        byVector[items[index]] = exact.count
        exact.append(ItemClass(members: [index]))
      } else {
        return gridClasses(items, fitting, maxClasses: maxClasses)
      }
    }
    return exact
  }

  /// Groups items on a quantile grid (equal-population buckets per dimension), so a class holds
  /// items of nearly one shape; members are sorted largest first.
  private func gridClasses(_ items: [PackingVector], _ fitting: [Int], maxClasses: Int) -> [ItemClass] {
    let side = max(2, Int(Double(maxClasses).squareRoot()))
    func boundaries(_ value: (PackingVector) -> Int) -> [Int] {
      // Quantiles from a strided sample: exact enough for bucket edges, and cheap on huge pools.
      let stride = max(1, fitting.count / 20_000)
      let sorted = Swift.stride(from: 0, to: fitting.count, by: stride).map { value(items[fitting[$0]]) }.sorted()
      return (1..<side).map { sorted[$0 * (sorted.count - 1) / side] }
    }
    let cpuBounds = boundaries(\.cpu)
    let memoryBounds = boundaries(\.memory)
    func bucket(_ value: Int, _ bounds: [Int]) -> Int {
      var low = 0
      var high = bounds.count
      while low < high {
        let mid = (low + high) / 2
        if bounds[mid] < value { low = mid + 1 } else { high = mid }
      }
      return low
    }
    var cells = [[Int]](repeating: [], count: side * side)
    for index in fitting {
      cells[bucket(items[index].cpu, cpuBounds) * side + bucket(items[index].memory, memoryBounds)].append(index)
    }
    // Largest first by normalised size, as an exact integer key: cpu/C + memory/M scaled by C·M;
    // ties by index. Key and index packed into one integer (when they fit in 62 bits) sort as
    // plain integers, several times faster than a comparison closure on a million items.
    func key(_ index: Int) -> Int { items[index].cpu * capacity.memory + items[index].memory * capacity.cpu }
    let (largest, overflow) = (2 * capacity.cpu).multipliedReportingOverflow(by: capacity.memory)
    let indexBits = Int.bitWidth - items.count.leadingZeroBitCount
    let keyBits = Int.bitWidth - largest.leadingZeroBitCount
    return cells.filter { !$0.isEmpty }.map { members in
      guard !overflow, capacity.cpu >= 0, capacity.memory >= 0, keyBits + indexBits <= 62 else {
        return ItemClass(members: members.sorted { key($0) != key($1) ? key($0) > key($1) : $0 < $1 })
      }
      let mask = (1 << indexBits) - 1
      return ItemClass(members: members.map { (largest - key($0)) << indexBits | $0 }.sorted().map { $0 & mask })
    }
  }

  private func greedy(_ items: [PackingVector], _ fitting: [Int], rule: Rule) -> [[Int]] {
    var classes = classes(items, fitting)
    let cpuScale = 1.0 / Double(capacity.cpu)
    let memoryScale = 1.0 / Double(capacity.memory)
    // Weights: the average normalised demand per dimension (the scarcer resource counts more).
    var cpuWeight = 0.0
    var memoryWeight = 0.0
    for index in fitting {
      cpuWeight += Double(items[index].cpu) * cpuScale
      memoryWeight += Double(items[index].memory) * memoryScale
    }
    cpuWeight /= Double(fitting.count)
    memoryWeight /= Double(fitting.count)
    if cpuWeight + memoryWeight == 0 {
      cpuWeight = 1
      memoryWeight = 1
    }
    // The active classes and their head items side by side in flat arrays (position p holds
    // class active[p], whose head demand is headCPU[p], headMemory[p]): the scan over classes for
    // every placement is the packer's inner loop, and reading heads through the class members
    // cost a third of the plan stage on a million workloads.
    var active = Array(classes.indices)
    var headCPU = classes.map { items[$0.members[$0.head]].cpu }
    var headMemory = classes.map { items[$0.members[$0.head]].memory }
    var skipStamp = [Int](repeating: -1, count: classes.count)
    var bins: [[Int]] = []
    while !active.isEmpty {
      let binNumber = bins.count
      var bin: [Int] = []
      var remaining = capacity
      while true {
        var bestPosition = -1
        var bestScore = -Double.infinity
        let freeCPU = Double(remaining.cpu) * cpuScale
        let freeMemory = Double(remaining.memory) * memoryScale
        for position in active.indices {
          var cpuDemand = headCPU[position]
          var memoryDemand = headMemory[position]
          if cpuDemand > remaining.cpu || memoryDemand > remaining.memory {
            let classIndex = active[position]
            if skipStamp[classIndex] == binNumber { continue }
            // Members of a grid class differ a little: look for a smaller one that fits.
            guard let found = firstFitting(in: &classes[classIndex], items, remaining) else {
              skipStamp[classIndex] = binNumber  // Remaining only shrinks: no member fits this bin.
              continue
            }
            (cpuDemand, memoryDemand) = (found.cpu, found.memory)
            (headCPU[position], headMemory[position]) = (found.cpu, found.memory)
          }
          let cpu = Double(cpuDemand) * cpuScale
          let memory = Double(memoryDemand) * memoryScale
          let score: Double
          switch rule {
          case .dotProduct: score = cpuWeight * cpu * freeCPU + memoryWeight * memory * freeMemory
          case .l2Norm, .minimumSlack:
            let dc = freeCPU - cpu
            let dm = freeMemory - memory
            score = -(cpuWeight * dc * dc + memoryWeight * dm * dm)
          }
          if score > bestScore {
            bestScore = score
            bestPosition = position
          }
        }
        if bestPosition < 0 { break }
        let classIndex = active[bestPosition]
        let index = classes[classIndex].members[classes[classIndex].head]
        bin.append(index)
        remaining.cpu -= items[index].cpu
        remaining.memory -= items[index].memory
        classes[classIndex].head += 1
        if classes[classIndex].head == classes[classIndex].members.count {
          let last = active.count - 1
          active.swapAt(bestPosition, last)
          headCPU.swapAt(bestPosition, last)
          headMemory.swapAt(bestPosition, last)
          active.removeLast()
          headCPU.removeLast()
          headMemory.removeLast()
        } else {
          let next = items[classes[classIndex].members[classes[classIndex].head]]
          (headCPU[bestPosition], headMemory[bestPosition]) = (next.cpu, next.memory)
        }
      }
      bins.append(bin)
    }
    return bins
  }

  /// Demand-average weights per dimension (normalised), so the scarcer resource counts more.
  private func weights(_ items: [PackingVector], _ fitting: [Int]) -> (cpu: Double, memory: Double) {
    var cpu = 0.0
    var memory = 0.0
    for index in fitting {
      cpu += Double(items[index].cpu) / Double(capacity.cpu)
      memory += Double(items[index].memory) / Double(capacity.memory)
    }
    return cpu + memory > 0 ? (cpu / Double(fitting.count), memory / Double(fitting.count)) : (1, 1)
  }

  private func minimumSlack(_ items: [PackingVector], _ fitting: [Int]) -> [[Int]] {
    let weight = weights(items, fitting)
    let cpuScale = weight.cpu / Double(capacity.cpu)
    let memoryScale = weight.memory / Double(capacity.memory)
    func size(_ vector: PackingVector) -> Double {
      Double(vector.cpu) * cpuScale + Double(vector.memory) * memoryScale
    }
    var remaining = fitting.sorted { size(items[$0]) != size(items[$1]) ? size(items[$0]) > size(items[$1]) : $0 < $1 }
    var bins: [[Int]] = []
    let budget = 20_000  // candidate checks per bin
    while let first = remaining.first {
      let candidates = Array(remaining.dropFirst())
      var chosen: [Int] = []
      var best: [Int] = []
      var bestSlack = size(
        PackingVector(cpu: capacity.cpu - items[first].cpu, memory: capacity.memory - items[first].memory))
      var steps = 0
      func search(_ start: Int, _ free: PackingVector) {
        var previous: PackingVector?
        var position = start
        while position < candidates.count, steps < budget, bestSlack > 0 {
          steps += 1
          let item = items[candidates[position]]
          if item.fits(in: free), item != previous {
            previous = item  // identical vectors at one level give identical subtrees
            chosen.append(position)
            let left = PackingVector(cpu: free.cpu - item.cpu, memory: free.memory - item.memory)
            let slack = size(left)
            if slack < bestSlack {
              bestSlack = slack
              best = chosen
            }
            search(position + 1, left)
            chosen.removeLast()
          }
          position += 1
        }
      }
      search(0, PackingVector(cpu: capacity.cpu - items[first].cpu, memory: capacity.memory - items[first].memory))
      var bin = [first]
      var taken = Set<Int>()
      for position in best {
        bin.append(candidates[position])
        taken.insert(position)
      }
      bins.append(bin)
      remaining = candidates.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
    }
    return bins
  }

  /// Moves the first member that fits to the head; nil when none does.
  private func firstFitting(in itemClass: inout ItemClass, _ items: [PackingVector], _ remaining: PackingVector)
    -> PackingVector?
  {
    // The last member is about the smallest: when it does not fit, none is likely to (a class is
    // near-uniform), and a bounded scan keeps a placement O(1) per class on huge estates.
    guard let last = itemClass.members.last, items[last].fits(in: remaining) else { return nil }
    var position = itemClass.head + 1
    let end = min(itemClass.members.count, position + 64)
    while position < end {
      let item = items[itemClass.members[position]]
      if item.fits(in: remaining) {
        itemClass.members.swapAt(itemClass.head, position)
        return item
      }
      position += 1
    }
    itemClass.members.swapAt(itemClass.head, itemClass.members.count - 1)
    return items[last]
  }

  /// Tries to empty the lightest bins by moving each of their items into the fullest other bin
  /// that still holds it (best fit); a bin is dropped only when all its items moved.
  ///
  /// "Fullest" compares the exact integer size cpu·C_memory + memory·C_cpu (ties: the lower bin
  /// index). Finding the target does not scan every bin: bins are sorted once by that size, and
  /// among bins unchanged since, the first in that order that holds the item is the fullest (found
  /// in `FreeSpaceIndex`); the few bins that took items since (and those holding this attempt's
  /// tentative moves) are checked one by one. On pools of tens of thousands of nearly full bins,
  /// whose lightest bins hold a hundred small items each, a scan of every bin per item cost a second.
  private func improve(_ bins: inout [[Int]], _ items: [PackingVector], budget: Int) {
    guard bins.count > 1 else { return }
    var loads = bins.map { bin in
      bin.reduce(PackingVector(cpu: 0, memory: 0)) {
        PackingVector(cpu: $0.cpu + items[$1].cpu, memory: $0.memory + items[$1].memory)
      }
    }
    let cpuScale = 1.0 / Double(capacity.cpu)
    let memoryScale = 1.0 / Double(capacity.memory)
    func weight(_ load: PackingVector) -> Double { Double(load.cpu) * cpuScale + Double(load.memory) * memoryScale }
    func size(_ load: PackingVector) -> Int { load.cpu * capacity.memory + load.memory * capacity.cpu }
    let candidates = bins.indices.sorted { weight(loads[$0]) < weight(loads[$1]) }.prefix(budget)
    let fullestFirst = bins.indices.sorted {
      size(loads[$0]) != size(loads[$1]) ? size(loads[$0]) > size(loads[$1]) : $0 < $1
    }
    var unchanged = FreeSpaceIndex(free: fullestFirst.map { capacity.minus(loads[$0]) })
    var positionOf = [Int](repeating: 0, count: bins.count)
    for (position, bin) in fullestFirst.enumerated() { positionOf[bin] = position }
    var removed = [Bool](repeating: false, count: bins.count)
    var changed = [Bool](repeating: false, count: bins.count)  // took items since the sort
    var changedBins: [Int] = []
    var attemptOf = [Int](repeating: -1, count: bins.count)  // the attempt that tentatively filled it
    var pending = loads  // tentative loads, valid where attemptOf is the current attempt
    var anyRemoved = false
    for (attempt, source) in candidates.enumerated() {
      var moves: [(item: Int, target: Int)] = []
      var touched: [Int] = []
      var movedAll = true
      let order = bins[source].sorted { weight(items[$0]) > weight(items[$1]) }
      for item in order {
        let demand = items[item]
        var bestTarget = -1
        var bestSize = Int.min
        func consider(_ target: Int, _ load: PackingVector) {
          let after = PackingVector(cpu: load.cpu + demand.cpu, memory: load.memory + demand.memory)
          guard after.fits(in: capacity) else { return }
          let filled = size(after)
          if filled > bestSize || (filled == bestSize && target < bestTarget) {
            bestSize = filled
            bestTarget = target
          }
        }
        for target in touched { consider(target, pending[target]) }
        for target in changedBins where target != source && !removed[target] && attemptOf[target] != attempt {
          consider(target, loads[target])
        }
        // The fullest unchanged bin that holds the item; this attempt's tentative targets and
        // the source are skipped (the first are considered above with their tentative loads).
        var from = 0
        while let position = unchanged.first(from: from, fitting: demand) {
          let target = fullestFirst[position]
          if target != source, attemptOf[target] != attempt {
            consider(target, loads[target])
            break
          }
          from = position + 1
        }
        if bestTarget < 0 {
          movedAll = false
          break
        }
        if attemptOf[bestTarget] != attempt {
          attemptOf[bestTarget] = attempt
          pending[bestTarget] = loads[bestTarget]
          touched.append(bestTarget)
        }
        pending[bestTarget].cpu += demand.cpu
        pending[bestTarget].memory += demand.memory
        moves.append((item, bestTarget))
      }
      guard movedAll else { continue }
      for move in moves { bins[move.target].append(move.item) }
      for target in touched {
        loads[target] = pending[target]
        if !changed[target] {
          changed[target] = true
          changedBins.append(target)
          unchanged.remove(at: positionOf[target])
        }
      }
      bins[source] = []
      loads[source] = PackingVector(cpu: 0, memory: 0)
      removed[source] = true
      unchanged.remove(at: positionOf[source])
      anyRemoved = true
    }
    if anyRemoved { bins.removeAll { $0.isEmpty } }
  }
}
