import ContainerFitPlanning

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
