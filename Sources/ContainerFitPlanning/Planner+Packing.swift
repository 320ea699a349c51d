import ContainerFitConcurrency
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
  /// packed concurrently, largest first, so every core stays busy to the end rather than one mode
  /// running alone on one core. Bounds are computed only for the pools of the assignment at `main`,
  /// the only ones the plan reports (none when `main` is nil: the sensitivity's packings).
  ///
  /// The pools of `main` are packed first, and `meanwhile` receives their packings on the calling
  /// thread while the other pools are still being packed: the plan's layout, which needs only
  /// those, runs beside the packing instead of after it, on a core the packing leaves free.
  func packings(
    _ assignments: [Assignment], boundsFor main: Int?, meanwhile: ([PoolKey: PoolPacking]) -> Void
  ) -> [[PoolKey: PoolPacking]] {
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
    // A pool's bound is a job of its own: the largest pool's packing is the longest job of all,
    // and its bound then runs on the other core instead of after it.
    let forMain = main.map { Set(taskOf[$0].values) } ?? []
    let jobs = tasks.indices.flatMap { task in tasks[task].bound ? [(task, true), (task, false)] : [(task, true)] }
    let order = jobs.indices.sorted {
      let (left, right) = (jobs[$0].0, jobs[$1].0)
      if forMain.contains(left) != forMain.contains(right) { return forMain.contains(left) }
      return tasks[left].size != tasks[right].size ? tasks[left].size > tasks[right].size : $0 < $1
    }
    let shapes = self.shapes
    let work = tasks
    let packs = ResultSlots<[[Int]]>(count: tasks.count)
    let bounds = ResultSlots<Int>(count: tasks.count)
    let mainPacked = DispatchGroup()
    let allPacked = DispatchGroup()
    let queue = DispatchQueue.global(qos: .userInitiated)
    for position in order {
      let (index, isPacking) = jobs[position]
      let isForMain = forMain.contains(index)
      if isForMain { mainPacked.enter() }
      queue.async(group: allPacked) {
        let task = work[index]
        let containers = assignments[task.assignment].pools[task.key] ?? []
        let vectors = containers.map { PackingVector(demandCores: $0.cpu, memoryGB: $0.memory) }
        let spec = shapes[task.key.shape]
        if spec.shape.isFargateTask {
          // A task per container: nothing to pack, and the bound is the count.
          if isPacking { packs[index] = containers.indices.map { [$0] } } else { bounds[index] = containers.count }
        } else if isPacking {
          packs[index] = VectorPacker(capacity: spec.capacity).pack(vectors).bins
        } else {
          bounds[index] = LowerBound.bins(for: vectors, capacity: spec.capacity)
        }
        if isForMain { mainPacked.leave() }
      }
    }
    func packing(_ task: Int) -> PoolPacking {
      PoolPacking(bins: packs[task] ?? [], lowerBound: bounds[task] ?? 0)
    }
    mainPacked.wait()
    if let main { meanwhile(taskOf[main].mapValues(packing)) }
    allPacked.wait()
    let packed = tasks.indices.map(packing)
    return taskOf.map { $0.mapValues { packed[$0] } }
  }

  /// The totals of an assignment's packing, priced, without naming hosts or listing placements
  /// (what the isolation comparison needs of the modes the plan does not report in full). Hosts
  /// are summed and priced in the order the full layout lists them, so the figures are identical.
  func variant(_ assignment: Assignment, _ packings: [PoolKey: PoolPacking]) -> IsolationVariant {
    var hosts = 0
    var tasks = 0
    var cores = 0.0
    var memory = 0.0
    var cost = 0.0
    for key in assignment.pools.keys.sorted() {
      guard let containers = assignment.pools[key], let packing = packings[key] else { continue }
      let spec = shapes[key.shape]
      let compute = annualCompute(spec)
      // The pool's bins, then its spare hosts (`spareHosts`), empty: in the layout's order.
      let bins = packing.bins + Array(repeating: [], count: spareHosts(needed: packing.bins.count, spec))
      for bin in bins {
        var hyperv = 0
        for item in bin where assignment.isolationOf[containers[item].workload] == .hyperv { hyperv += 1 }
        if spec.shape.isFargateTask { tasks += 1 } else { hosts += 1 }
        cores += spec.shape.cores
        memory += spec.shape.memoryGB
        cost += compute
        guard key.build != ContainerOS.noWindowsBuild else { continue }  // No Windows licence on Linux.
        cost +=
          licences.choose(
            cores: spec.shape.cores, processors: spec.shape.processors, hypervContainers: hyperv,
            hostEdition: spec.licenseEdition
          ).annualCost
      }
    }
    // Workloads with at least one container placed (instances of one workload count once).
    var placed = [Bool](repeating: false, count: assignment.isolationOf.count)
    for containers in assignment.pools.values { for container in containers { placed[container.workload] = true } }
    return IsolationVariant(
      hosts: hosts, tasks: tasks, cores: cores, memoryGB: memory, annualCost: cost,
      placedApplications: placed.count { $0 })
  }

  /// `assignment` with every container's CPU and memory × `factor`, in the same pools on the same
  /// shapes; a container that no longer fits its pool's shape is left out (not placed).
  /// A Fargate task takes the cheapest size that holds its container at the new demand instead.
  func scaled(_ assignment: Assignment, by factor: Double) -> Assignment {
    var scaled = assignment
    scaled.pools = [:]
    for (key, containers) in assignment.pools {
      let fargate = fargateShapes.contains(key.shape)
      let capacity = shapes[key.shape].capacity
      for var container in containers {
        container.cpu *= factor
        container.memory *= factor
        container.peakMemory *= factor
        var resizedKey = key
        if fargate {
          guard let size = fargateSize(for: container, linux: key.build == ContainerOS.noWindowsBuild) else { continue }
          resizedKey.shape = size
        } else if !PackingVector(demandCores: container.cpu, memoryGB: container.memory).fits(in: capacity) {
          continue
        }
        scaled.pools[resizedKey, default: []].append(container)
      }
    }
    return scaled
  }

  /// Spare hosts a pool of `needed` hosts of `spec` gets: one under `n-plus-one`, and up to
  /// `host.min_hosts_per_pool`; none for Fargate tasks, which ECS replaces on demand.
  func spareHosts(needed: Int, _ spec: HostSpec) -> Int {
    guard !spec.shape.isFargateTask else { return 0 }
    return max(0, scenario.host.spread == .nPlusOne ? 1 : 0, scenario.host.minHostsPerPool - needed)
  }
}
