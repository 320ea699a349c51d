import ContainerFitModel

@testable import ContainerFitPlanning

/// Branch and bound over bins for tiny instances (n ≤ 12): the true minimum bin count.
enum ExactPacker {
  static func minimumBins(_ items: [PackingVector], capacity: PackingVector) -> Int {
    let sorted = items.sorted { $0.cpu + $0.memory > $1.cpu + $1.memory }
    var best = sorted.count
    var loads: [PackingVector] = []
    func place(_ index: Int) {
      if loads.count >= best { return }
      if index == sorted.count {
        best = loads.count
        return
      }
      let item = sorted[index]
      for bin in loads.indices {
        let load = PackingVector(cpu: loads[bin].cpu + item.cpu, memory: loads[bin].memory + item.memory)
        guard load.fits(in: capacity) else { continue }
        let saved = loads[bin]
        loads[bin] = load
        place(index + 1)
        loads[bin] = saved
      }
      loads.append(item)
      place(index + 1)
      loads.removeLast()
    }
    place(0)
    return best
  }
}

/// Estates like real ones: servers of common sizes, observed utilisation, a few apps each.
enum EstateGenerator {
  static func realisticItems(count: Int, rng: inout SeededGenerator) -> [PackingVector] {
    (0..<count).map { _ in
      let cores = [2, 4, 4, 8, 8, 16].randomElement(using: &rng) ?? 4
      let memory = Double(cores) * ([2.0, 4, 4, 8].randomElement(using: &rng) ?? 4)
      let apps = Double(Int.random(in: 1...12, using: &rng))
      let cpuUtil = Double(Int.random(in: 5...90, using: &rng))
      let memUtil = Double(Int.random(in: 20...95, using: &rng))
      return PackingVector(
        demandCores: Double(cores) * cpuUtil / 100 / apps, memoryGB: memory * memUtil / 100 / apps)
    }
  }
}

/// Two-dimensional vector packing classes after Caprara and Toth (2001); parameters in
/// docs/performance.md ("Packing quality").
enum CapraraTothGenerator {
  static func instance(class cls: Int, count: Int, rng: inout SeededGenerator) -> ([PackingVector], PackingVector) {
    func uniform(_ low: Int, _ high: Int) -> Int { Int.random(in: low...high, using: &rng) }
    let bin150 = PackingVector(cpu: 150, memory: 150)
    switch cls {
    case 1: return ((0..<count).map { _ in PackingVector(cpu: uniform(20, 100), memory: uniform(20, 100)) }, bin150)
    case 4:
      return (
        (0..<count).map { _ in PackingVector(cpu: uniform(10, 40), memory: uniform(10, 40)) },
        PackingVector(cpu: 100, memory: 100)
      )
    case 5:
      return (
        (0..<count).map { _ in
          let a = uniform(20, 100)
          return PackingVector(cpu: a, memory: min(150, max(1, a + uniform(-10, 10))))
        }, bin150
      )
    case 6:
      return (
        (0..<count).map { _ in
          let a = uniform(10, 50)
          return PackingVector(cpu: a, memory: min(150, max(1, 60 - a + uniform(-5, 5))))
        }, bin150
      )
    case 7:
      return (
        (0..<count).map { _ in
          let a = uniform(5, 60)
          return PackingVector(cpu: a, memory: min(150, max(1, 65 - a + uniform(-5, 5))))
        }, bin150
      )
    default:
      // Perfect packings: every bin of 150 split into three items in both dimensions.
      var items: [PackingVector] = []
      while items.count < count {
        let a1 = uniform(20, 80)
        let a2 = uniform(20, 130 - a1)
        let b1 = uniform(20, 80)
        let b2 = uniform(20, 130 - b1)
        items += [
          PackingVector(cpu: a1, memory: b1), PackingVector(cpu: a2, memory: b2),
          PackingVector(cpu: 150 - a1 - a2, memory: 150 - b1 - b2),
        ]
      }
      items.shuffle(using: &rng)
      return (items, bin150)
    }
  }
}
