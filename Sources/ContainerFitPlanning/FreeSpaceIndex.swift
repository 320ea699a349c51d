/// Free capacities of bins in a fixed order, for finding the first bin (from a position on) that
/// holds a demand, in about log n steps instead of a scan: a tree of per-dimension maxima prunes
/// every range where no bin has room in one dimension. The maxima of a range may come from
/// different bins, so a range can pass and still hold no fit; leaves are checked exactly.
struct FreeSpaceIndex {
  private var leaves: Int
  private var cpu: [Int]
  private var memory: [Int]

  init(free: [PackingVector]) {
    leaves = 1
    while leaves < max(1, free.count) { leaves *= 2 }
    cpu = [Int](repeating: -1, count: 2 * leaves)
    memory = [Int](repeating: -1, count: 2 * leaves)
    for (position, space) in free.enumerated() {
      cpu[leaves + position] = space.cpu
      memory[leaves + position] = space.memory
    }
    for node in stride(from: leaves - 1, to: 0, by: -1) { update(node) }
  }

  /// Takes the bin at `position` out: no search finds it again.
  mutating func remove(at position: Int) {
    var node = leaves + position
    cpu[node] = -1
    memory[node] = -1
    node /= 2
    while node >= 1 {
      update(node)
      node /= 2
    }
  }

  /// The first position ≥ `from` whose free capacity holds `demand` in both dimensions, or nil.
  func first(from: Int, fitting demand: PackingVector) -> Int? {
    guard from < leaves else { return nil }
    return search(1, 0, leaves - 1, from, demand)
  }

  private func search(_ node: Int, _ low: Int, _ high: Int, _ from: Int, _ demand: PackingVector) -> Int? {
    if high < from || cpu[node] < demand.cpu || memory[node] < demand.memory { return nil }
    if node >= leaves { return low }  // a leaf: its own free space, so an exact fit
    let middle = (low + high) / 2
    return search(2 * node, low, middle, from, demand) ?? search(2 * node + 1, middle + 1, high, from, demand)
  }

  private mutating func update(_ node: Int) {
    cpu[node] = max(cpu[2 * node], cpu[2 * node + 1])
    memory[node] = max(memory[2 * node], memory[2 * node + 1])
  }
}
