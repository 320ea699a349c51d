extension VectorPacker {
  /// Local search that removes bins (after the ejection idea of Buljubašić and Vasquez's
  /// consistent neighbourhood search for vector packing, 2016, simplified): take the lightest bin
  /// out, put its items in a pool, and work the pool back into the other bins by
  ///   1. inserting a pool item where it fits (best fit),
  ///   2. letting two pool items replace one packed item (the pool shrinks by one),
  ///   3. swapping a pool item for a smaller packed one (the pool gets lighter),
  /// until the pool is empty (one bin fewer) or no move helps (the bin is restored). Every move
  /// shrinks the pool or its weight, so an attempt ends; a work budget (item checks) bounds the
  /// whole pass. Capacities are checked on integer loads before every move; deterministic.
  func emptyBins(_ bins: inout [[Int]], _ items: [PackingVector], workBudget: Int) {
    guard bins.count > 1 else { return }
    var loads = bins.map { load(of: $0, items) }
    let weight = weightFunction(loads)
    func fits(_ load: PackingVector, plus add: PackingVector, minus remove: PackingVector) -> Bool {
      load.cpu + add.cpu - remove.cpu <= capacity.cpu && load.memory + add.memory - remove.memory <= capacity.memory
    }
    let zero = PackingVector(cpu: 0, memory: 0)
    var work = 0
    var tried = Set<Int>()  // bins (by their first item) that failed since the last success
    while work < workBudget, bins.count > 1 {
      // The lightest bin not tried since the last success.
      var source = -1
      for bin in bins.indices where !tried.contains(bins[bin][0]) {
        if source < 0 || weight(loads[bin]) < weight(loads[source]) { source = bin }
      }
      if source < 0 { break }
      let savedBins = bins
      let savedLoads = loads
      tried.insert(bins[source][0])
      var pool = bins[source]
      bins.swapAt(source, bins.count - 1)
      loads.swapAt(source, loads.count - 1)
      bins.removeLast()
      loads.removeLast()
      while !pool.isEmpty, work < workBudget {
        pool.sort { weight(items[$0]) != weight(items[$1]) ? weight(items[$0]) > weight(items[$1]) : $0 < $1 }
        work += pool.count * (bins.count + items.count)
        if insert(&pool, &bins, &loads, items, fits, weight) { continue }
        if replaceTwoForOne(&pool, &bins, &loads, items, fits, zero) { continue }
        work += pool.count * pool.count * items.count
        if swapOneForOne(&pool, &bins, &loads, items, fits, weight, zero) { continue }
        break
      }
      if pool.isEmpty {
        tried.removeAll()
      } else {
        bins = savedBins
        loads = savedLoads
      }
    }
  }

  func load(of bin: [Int], _ items: [PackingVector]) -> PackingVector {
    bin.reduce(PackingVector(cpu: 0, memory: 0)) {
      PackingVector(cpu: $0.cpu + items[$1].cpu, memory: $0.memory + items[$1].memory)
    }
  }

  /// An item's or a bin's weight: its normalised size, dimensions weighted by total demand (the
  /// scarcer one counts more).
  func weightFunction(_ loads: [PackingVector]) -> (PackingVector) -> Double {
    var cpuTotal = 0.0
    var memoryTotal = 0.0
    for load in loads {
      cpuTotal += Double(load.cpu)
      memoryTotal += Double(load.memory)
    }
    let cpuScale = cpuTotal > 0 ? cpuTotal / Double(capacity.cpu) / Double(capacity.cpu) : 1
    let memoryScale = memoryTotal > 0 ? memoryTotal / Double(capacity.memory) / Double(capacity.memory) : 1
    return { Double($0.cpu) * cpuScale + Double($0.memory) * memoryScale }
  }

  /// Concentrates free space: for pairs of bins, the heavier one takes the subset of both bins'
  /// items that fills it most (exhaustive over subsets, small bins only) and the lighter keeps the
  /// rest, so light bins get lighter and `emptyBins` can empty them. Σ weight² grows with every
  /// change, so the pass ends; `workBudget` counts subsets examined. Returns whether anything moved.
  @discardableResult
  func concentrate(_ bins: inout [[Int]], _ items: [PackingVector], workBudget: Int) -> Bool {
    guard bins.count > 1 else { return false }
    var loads = bins.map { load(of: $0, items) }
    let weight = weightFunction(loads)
    var work = 0
    var changed = false
    // Heaviest first: they are the ones that can take more.
    let order = bins.indices.sorted {
      weight(loads[$0]) != weight(loads[$1]) ? weight(loads[$0]) > weight(loads[$1]) : $0 < $1
    }
    for (rank, heavy) in order.enumerated() where work < workBudget {
      for light in order[(rank + 1)...] where work < workBudget {
        let union = bins[heavy] + bins[light]
        guard union.count <= 12 else { continue }
        let total = PackingVector(
          cpu: loads[heavy].cpu + loads[light].cpu, memory: loads[heavy].memory + loads[light].memory)
        var bestMask = 0
        var bestWeight = weight(loads[heavy]) + 1e-9
        work += 1 << union.count
        // Subsets in Gray-code order: each differs from the previous by one item, so its load is
        // one addition or subtraction away. Ties go to the smallest mask, the one counting order
        // would have kept, so the outcome does not depend on the enumeration order.
        var cpu = 0
        var memory = 0
        var mask = 0
        for step in 1..<(1 << union.count) {
          let position = step.trailingZeroBitCount
          let item = items[union[position]]
          mask ^= 1 << position
          if mask & (1 << position) != 0 {
            cpu += item.cpu
            memory += item.memory
          } else {
            cpu -= item.cpu
            memory -= item.memory
          }
          guard cpu <= capacity.cpu, memory <= capacity.memory,
            total.cpu - cpu <= capacity.cpu, total.memory - memory <= capacity.memory
          else { continue }
          let filled = weight(PackingVector(cpu: cpu, memory: memory))
          if filled > bestWeight || (filled == bestWeight && mask < bestMask) {
            bestWeight = filled
            bestMask = mask
          }
        }
        guard bestMask != 0 else { continue }
        var heavyItems: [Int] = []
        var lightItems: [Int] = []
        for (position, item) in union.enumerated() {
          if bestMask & (1 << position) != 0 { heavyItems.append(item) } else { lightItems.append(item) }
        }
        bins[heavy] = heavyItems
        bins[light] = lightItems
        loads[heavy] = load(of: heavyItems, items)
        loads[light] = load(of: lightItems, items)
        changed = true
      }
    }
    if changed { bins.removeAll { $0.isEmpty } }
    return changed
  }

  /// Move 1: the heaviest pool item that fits somewhere goes to the bin it fills most.
  private func insert(
    _ pool: inout [Int], _ bins: inout [[Int]], _ loads: inout [PackingVector], _ items: [PackingVector],
    _ fits: (PackingVector, PackingVector, PackingVector) -> Bool, _ weight: (PackingVector) -> Double
  ) -> Bool {
    let zero = PackingVector(cpu: 0, memory: 0)
    for (position, item) in pool.enumerated() {
      var best = -1
      var bestWeight = -Double.infinity
      for bin in bins.indices where fits(loads[bin], items[item], zero) {
        let filled = weight(loads[bin])
        if filled > bestWeight {
          bestWeight = filled
          best = bin
        }
      }
      if best >= 0 {
        bins[best].append(item)
        loads[best].cpu += items[item].cpu
        loads[best].memory += items[item].memory
        pool.remove(at: position)
        return true
      }
    }
    return false
  }

  /// Move 2: two pool items take the place of one packed item, which joins the pool.
  private func replaceTwoForOne(
    _ pool: inout [Int], _ bins: inout [[Int]], _ loads: inout [PackingVector], _ items: [PackingVector],
    _ fits: (PackingVector, PackingVector, PackingVector) -> Bool, _ zero: PackingVector
  ) -> Bool {
    guard pool.count >= 2 else { return false }
    for first in 0..<pool.count - 1 {
      for second in first + 1..<pool.count {
        let pair = PackingVector(
          cpu: items[pool[first]].cpu + items[pool[second]].cpu,
          memory: items[pool[first]].memory + items[pool[second]].memory)
        guard pair.fits(in: capacity) else { continue }
        for bin in bins.indices {
          for (slot, packed) in bins[bin].enumerated() where fits(loads[bin], pair, items[packed]) {
            let out = bins[bin][slot]
            bins[bin][slot] = pool[first]
            bins[bin].append(pool[second])
            loads[bin].cpu += pair.cpu - items[out].cpu
            loads[bin].memory += pair.memory - items[out].memory
            pool.remove(at: second)
            pool[first] = out
            return true
          }
        }
      }
    }
    return false
  }

  /// Move 3: a pool item swaps with a lighter packed item, the one that lightens the pool most.
  private func swapOneForOne(
    _ pool: inout [Int], _ bins: inout [[Int]], _ loads: inout [PackingVector], _ items: [PackingVector],
    _ fits: (PackingVector, PackingVector, PackingVector) -> Bool, _ weight: (PackingVector) -> Double,
    _ zero: PackingVector
  ) -> Bool {
    var best: (position: Int, bin: Int, slot: Int)?
    var bestGain = 1e-12
    for (position, item) in pool.enumerated() {
      let itemWeight = weight(items[item])
      for bin in bins.indices {
        for (slot, packed) in bins[bin].enumerated() {
          let gain = itemWeight - weight(items[packed])
          guard gain > bestGain, fits(loads[bin], items[item], items[packed]) else { continue }
          bestGain = gain
          best = (position, bin, slot)
        }
      }
    }
    guard let move = best else { return false }
    let item = pool[move.position]
    let out = bins[move.bin][move.slot]
    bins[move.bin][move.slot] = item
    loads[move.bin].cpu += items[item].cpu - items[out].cpu
    loads[move.bin].memory += items[item].memory - items[out].memory
    pool[move.position] = out
    return true
  }
}
