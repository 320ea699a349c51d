import ContainerFitModel
import Dispatch

extension Planner {
  /// One pool as packed: its bins (indices into the pool's containers) and, for the pools of the
  /// scenario's own mode, its lower bound (0 where not computed).
  struct PoolPacking: Sendable {
    var bins: [[Int]]
    var lowerBound: Int
  }

  /// The packing of every pool of every assignment, by assignment (same order) and pool key.
  ///
  /// The isolation modes share pools: code-page pools are process-isolated in every mode, and a
  /// pool of one mode often holds exactly the containers of another's. Each distinct pool is packed
  /// once (the packer is deterministic, so sharing changes no result), and the distinct pools are
  /// packed concurrently, largest first, so both cores stay busy to the end (before, each mode was
  /// one task, and the third mode ran alone on one core). Bounds are computed only for the pools
  /// of the assignment at `boundsFor`, the only ones the plan reports.
  func packings(_ assignments: [Assignment], boundsFor main: Int) -> [[PoolKey: PoolPacking]] {
    struct Task: Sendable {
      var assignment: Int
      var key: PoolKey
      var bound: Bool
      var size: Int
    }
    var tasks: [Task] = []
    var taskOf = [[PoolKey: Int]](repeating: [:], count: assignments.count)
    for (index, assignment) in assignments.enumerated() {
      for key in assignment.pools.keys.sorted() {
        guard let containers = assignment.pools[key] else { continue }
        let earlier = (0..<index).first { assignments[$0].pools[key] == containers }
        if let earlier, let task = taskOf[earlier][key] {
          taskOf[index][key] = task
          if index == main { tasks[task].bound = true }
        } else {
          taskOf[index][key] = tasks.count
          tasks.append(Task(assignment: index, key: key, bound: index == main, size: containers.count))
        }
      }
    }
    let order = tasks.indices.sorted { tasks[$0].size != tasks[$1].size ? tasks[$0].size > tasks[$1].size : $0 < $1 }
    let packer = VectorPacker(capacity: host.capacity)
    let capacity = host.capacity
    let work = tasks
    let slots = Slots<PoolPacking>(count: tasks.count)
    defer { slots.release() }
    DispatchQueue.concurrentPerform(iterations: order.count) { position in
      let task = work[order[position]]
      let containers = assignments[task.assignment].pools[task.key] ?? []
      let vectors = containers.map { PackingVector(demandCores: $0.cpu, memoryGB: $0.memory) }
      let bins = packer.pack(vectors).bins
      let bound = task.bound ? LowerBound.bins(for: vectors, capacity: capacity) : 0
      slots.write(PoolPacking(bins: bins, lowerBound: bound), at: order[position])
    }
    let packed = tasks.indices.map { slots.read(at: $0) ?? PoolPacking(bins: [], lowerBound: 0) }
    return taskOf.map { $0.mapValues { packed[$0] } }
  }

  /// The totals of an assignment's packing, priced, without naming hosts or listing placements
  /// (what the isolation comparison needs of the modes the plan does not report in full). Hosts
  /// are summed and priced in the order the full layout lists them, so the figures are identical.
  func variant(_ assignment: Assignment, _ packings: [PoolKey: PoolPacking]) -> IsolationVariant {
    var hosts = 0
    var cores = 0.0
    var memory = 0.0
    var cost = 0.0
    for key in assignment.pools.keys.sorted() {
      guard let containers = assignment.pools[key], let packing = packings[key] else { continue }
      for bin in packing.bins {
        var hyperv = 0
        for item in bin where assignment.isolationOf[containers[item].workload] == .hyperv { hyperv += 1 }
        hosts += 1
        cores += host.shape.cores
        memory += host.shape.memoryGB
        cost +=
          licences.choose(
            cores: host.shape.cores, processors: host.shape.processors, hypervContainers: hyperv,
            hostEdition: host.licenseEdition
          ).annualCost
      }
    }
    return IsolationVariant(hosts: hosts, cores: cores, memoryGB: memory, annualCost: cost)
  }
}

/// Results of concurrent work: each slot is written exactly once, by the one worker that computes
/// it, and read only after all workers are done.
private final class Slots<Value>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<Value?>
  private let count: Int

  init(count: Int) {
    self.count = count
    base = UnsafeMutablePointer<Value?>.allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  func write(_ value: Value, at index: Int) { base[index] = value }

  func read(at index: Int) -> Value? { base[index] }

  func release() {
    base.deinitialize(count: count)
    base.deallocate()
  }
}
