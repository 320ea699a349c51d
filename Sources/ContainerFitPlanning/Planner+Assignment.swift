import ContainerFitModel

// Packing one isolation choice: decide each workload's isolation and host pool, size its
// containers (memory policy), choose each pool's host shape and its Hyper-V overhead, pack every
// pool, and name the hosts.

extension Planner {
  struct PoolKey: Hashable, Comparable {
    var build: Int
    var selfManaged: Bool
    var codePage: Int
    /// The pool's host shape, an index into `Planner.shapes` (`chooseShapes`); -1 before.
    var shape = -1

    static func < (a: PoolKey, b: PoolKey) -> Bool {
      (a.build, a.selfManaged ? 1 : 0, a.codePage, a.shape) < (b.build, b.selfManaged ? 1 : 0, b.codePage, b.shape)
    }
  }

  /// One container (an instance) as packed: its workload and its real sizes.
  struct Container: Equatable {
    var workload: Int
    /// CPU as packed: for a Hyper-V container, with the overhead of its pool's host kind.
    var cpu: Double
    var memory: Double
    var peakMemory: Double
    /// True for a Hyper-V-isolated container, whose CPU overhead depends on the host's kind.
    var hyperv = false
  }

  /// One isolation mode's decisions before packing: each workload's isolation and pool, its
  /// containers, and what could not be placed.
  struct Assignment {
    var mode: Scenario.IsolationMode
    var pools: [PoolKey: [Container]] = [:]
    var isolationOf: [Isolation]
    var exceptions: [PlanningException] = []
    /// Apps that run Hyper-V isolated because no allowed host build matches their image.
    var fallbackToHyperv = 0
    /// Apps that run a 2022 image process-isolated on a 2025 host.
    var verify = 0
    /// Apps placed in Linux containers.
    var linuxApps = 0
  }

  func assign(_ workloads: [Workload], mode: Scenario.IsolationMode) -> Assignment {
    var assignment = Assignment(
      mode: mode, isolationOf: [Isolation](repeating: .process, count: workloads.count))
    // Host builds per (image build, isolation): a handful of distinct images, a million workloads.
    var buildMemo: [Int: Int?] = [:]
    func memoisedHostBuild(image: Int, isolation: Isolation) -> Int? {
      let key = image * 2 + (isolation == .hyperv ? 1 : 0)
      if let known = buildMemo[key] { return known }
      let build = hostBuild(image: image, isolation: isolation)
      buildMemo[key] = build
      return build
    }
    for (index, workload) in workloads.enumerated() where workload.isContainerisable {
      if workload.os == .linux {
        // Linux containers share Linux hosts whatever the Windows isolation being compared.
        let container = size(workload, isolation: .process, index: index)
        guard fits(container, workload, &assignment) else { continue }
        assignment.linuxApps += 1
        let key = PoolKey(build: ContainerOS.noWindowsBuild, selfManaged: false, codePage: -1)
        assignment.pools[key, default: []].append(
          contentsOf: repeatElement(container, count: max(1, workload.instances)))
        continue
      }
      var isolation: Isolation
      switch mode {
      case .recommended: isolation = workload.isolation
      case .process: isolation = .process
      case .hyperv: isolation = .hyperv
      }
      if workload.codePage != nil { isolation = .process }  // Hyper-V forces code page 65001.
      var build = memoisedHostBuild(image: workload.containerBuild, isolation: isolation)
      if build == nil, isolation == .process, workload.codePage == nil {
        isolation = .hyperv  // No allowed host of its build: only Hyper-V isolation can run it.
        build = memoisedHostBuild(image: workload.containerBuild, isolation: .hyperv)
        if build != nil { assignment.fallbackToHyperv += 1 }
      }
      guard let build else {
        assignment.exceptions.append(
          PlanningException(
            appId: workload.appId, reason: .noCompatibleHostBuild,
            message: "No allowed host build (\(scenario.allowedHostBuilds.map(String.init).joined(separator: ", "))) "
              + "can run a \(workload.containerBuild) image \(isolation == .process ? "process-isolated" : "at all")."))
        continue
      }
      if BuildCompatibility.needsVerification(image: workload.containerBuild, host: build, isolation: isolation) {
        assignment.verify += 1
      }
      assignment.isolationOf[index] = isolation
      let container = size(workload, isolation: isolation, index: index)
      guard fits(container, workload, &assignment) else { continue }
      let key = PoolKey(
        build: build, selfManaged: !scenario.platform.runsHypervIsolation && isolation == .hyperv,
        codePage: workload.codePage ?? -1)
      assignment.pools[key, default: []].append(contentsOf: repeatElement(container, count: max(1, workload.instances)))
    }
    assignment.exceptions.sort { $0.appId < $1.appId }
    chooseShapes(&assignment, workloads)
    return assignment
  }

  /// Gives each pool the shape with the lowest annual cost at the pool's L1 bound (its total demand
  /// over the shape's usable capacity, per dimension) among the shapes every container of it fits:
  /// the scenario's candidates, or for a pool with Hyper-V containers those of them that run Hyper-V
  /// isolation, else the catalogue's that do. Then sizes its Hyper-V containers with the overhead of
  /// the shape's kind (bare metal or nested virtualisation). One candidate: no choice to make.
  func chooseShapes(_ assignment: inout Assignment, _ workloads: [Workload]) {
    var chosen: [PoolKey: [Container]] = [:]
    for (key, containers) in assignment.pools {
      if !fargateShapes.isEmpty, !key.selfManaged {
        // Fargate: a task per container, of the cheapest size that holds it; a pool per size.
        let linux = key.build == ContainerOS.noWindowsBuild
        for container in containers {
          guard let size = fargateSize(for: container, linux: linux) else {
            let largest = (linux ? FargateTaskSizes.linux : FargateTaskSizes.windows).last
            assignment.exceptions.append(
              PlanningException(
                appId: workloads[container.workload].appId, reason: .tooLargeForHost,
                message: "One instance needs \(rounded(container.cpu)) cores and \(rounded(container.memory)) GiB; "
                  + "Fargate's largest \(linux ? "Linux" : "Windows") task has \(rounded(largest?.vCPU ?? 0)) vCPU and "
                  + "\(rounded(largest?.memoryGB.last ?? 0)) GB, of which \(rounded(scenario.host.targetUtilizationPct))% "
                  + "is planned (host.target_utilization_pct)."))
            continue
          }
          var keyed = key
          keyed.shape = size
          chosen[keyed, default: []].append(container)
        }
        continue
      }
      let hyperv = containers.contains(where: \.hyperv)
      let best = cheapestShape(
        for: containers, among: shapeOptions(hyperv: hyperv), linux: key.build == ContainerOS.noWindowsBuild)
      let factor = 1 + hypervOverheadPct(shapes[best]) / 100
      let capacity = shapes[best].capacity
      var sized: [Container] = []
      sized.reserveCapacity(containers.count)
      for var container in containers {
        if container.hyperv { container.cpu *= factor }
        if PackingVector(demandCores: container.cpu, memoryGB: container.memory).fits(in: capacity) {
          sized.append(container)
          continue
        }
        // Only when no shape holds every container of the pool: the largest took it.
        assignment.exceptions.append(
          PlanningException(
            appId: workloads[container.workload].appId, reason: .tooLargeForHost,
            message: "One instance needs \(rounded(container.cpu)) cores and \(rounded(container.memory)) GiB; "
              + "its pool's shape, \(shapes[best].shape.name), offers \(rounded(shapes[best].usableCores)) cores "
              + "and \(rounded(shapes[best].usableMemoryGB)) GiB usable, and no shape holds every container of it."))
      }
      guard !sized.isEmpty else { continue }
      var keyed = key
      keyed.shape = best
      chosen[keyed] = sized
    }
    assignment.exceptions.sort { $0.appId < $1.appId }
    assignment.pools = chosen
  }

  /// The cheapest Fargate task size of the container's OS that holds it at the scenario's
  /// utilisation, as an index into `shapes`, or `nil` when none does.
  func fargateSize(for container: Container, linux: Bool) -> Int? {
    let demand = PackingVector(demandCores: container.cpu, memoryGB: container.memory)
    return fargateShapes.first { index in
      shapes[index].shape.includesWindowsCharge != linux && demand.fits(in: shapes[index].capacity)
    }
  }

  /// The option with the lowest annual cost at the pool's L1 bound among those every container
  /// fits; when none fits them all, the largest (the containers it cannot hold become exceptions).
  func cheapestShape(for containers: [Container], among options: [Int], linux: Bool) -> Int {
    guard options.count > 1 else { return options.first ?? 0 }
    var total = (cpu: 0.0, hypervCPU: 0.0, memory: 0.0)
    var largest = (cpu: 0.0, hypervCPU: 0.0, memory: 0.0)
    for container in containers {
      if container.hyperv {
        total.hypervCPU += container.cpu
        largest.hypervCPU = max(largest.hypervCPU, container.cpu)
      } else {
        total.cpu += container.cpu
        largest.cpu = max(largest.cpu, container.cpu)
      }
      total.memory += container.memory
      largest.memory = max(largest.memory, container.memory)
    }
    var best: (option: Int, cost: Double)?
    for option in options {
      let spec = shapes[option]
      let factor = 1 + hypervOverheadPct(spec) / 100
      guard max(largest.cpu, largest.hypervCPU * factor) <= spec.usableCores + 1e-9,
        largest.memory <= spec.usableMemoryGB + 1e-9
      else { continue }
      let hosts = max(
        ((total.cpu + total.hypervCPU * factor) / spec.usableCores - 1e-9).rounded(.up),
        (total.memory / spec.usableMemoryGB - 1e-9).rounded(.up), 1)
      let cost = hosts * annualHostCost(spec, linux: linux)
      if cost < best?.cost ?? .infinity { best = (option, cost) }
    }
    if let best { return best.option }
    return options.max {
      shapes[$0].usableCores * shapes[$0].usableMemoryGB < shapes[$1].usableCores * shapes[$1].usableMemoryGB
    } ?? options[0]
  }

  /// The shapes a pool may use, by index: every candidate, or for Hyper-V containers the candidates
  /// that run Hyper-V isolation, else the catalogue's fallbacks.
  func shapeOptions(hyperv: Bool) -> [Int] {
    let candidates = Array(0..<candidateCount)
    guard hyperv else { return candidates }
    let capable = candidates.filter { shapes[$0].shape.hypervSupport != .unavailable }
    if !capable.isEmpty { return capable }
    let fallbacks = Array(candidateCount..<(fargateShapes.isEmpty ? shapes.count : fargateShapes.lowerBound))
    return fallbacks.isEmpty ? candidates : fallbacks
  }

  /// A Hyper-V container's CPU overhead on `spec`: the scenario's figure on bare metal and physical
  /// hosts; the nested-virtualisation assumption on a VM or a nested-virtualisation instance.
  func hypervOverheadPct(_ spec: HostSpec) -> Double {
    spec.shape.hypervSupport == .nestedVirtualization
      ? Facts.hypervCPUOverheadVirtualPct.value : scenario.hyperv.cpuOverheadPct
  }

  /// A host's compute and licence a year, for choosing a shape (Windows hosts licensed without
  /// Hyper-V stacking).
  func annualHostCost(_ spec: HostSpec, linux: Bool) -> Double {
    let licence =
      linux
      ? 0
      : licences.choose(
        cores: spec.shape.cores, processors: spec.shape.processors, hypervContainers: 0,
        hostEdition: spec.licenseEdition
      ).annualCost
    return annualCompute(spec) + licence
  }

  /// True when one instance fits an empty host of a shape its pool may use; otherwise records the
  /// exception and returns false.
  func fits(_ container: Container, _ workload: Workload, _ assignment: inout Assignment) -> Bool {
    let options = shapeOptions(hyperv: container.hyperv)
    let fitting = options.contains { option in
      let spec = shapes[option]
      let cpu = container.hyperv ? container.cpu * (1 + hypervOverheadPct(spec) / 100) : container.cpu
      return PackingVector(demandCores: cpu, memoryGB: container.memory).fits(in: spec.capacity)
    }
    guard !fitting else { return true }
    let largest = options.map { shapes[$0] }.max {
      $0.usableCores * $0.usableMemoryGB < $1.usableCores * $1.usableMemoryGB
    }
    assignment.exceptions.append(
      PlanningException(
        appId: workload.appId, reason: .tooLargeForHost,
        message: "One instance needs \(rounded(container.cpu)) cores and \(rounded(container.memory)) GiB"
          + (container.hyperv ? " before the Hyper-V overhead" : "") + "; the largest host shape it may use, "
          + "\(largest?.shape.name ?? host.shape.name), offers \(rounded(largest?.usableCores ?? 0)) cores and "
          + "\(rounded(largest?.usableMemoryGB ?? 0)) GiB usable."))
    return false
  }

  /// The host build a container of `image` build runs on with `isolation`, or nil.
  func hostBuild(image: Int, isolation: Isolation) -> Int? {
    let allowed = scenario.allowedHostBuilds.sorted()
    switch isolation {
    case .process:
      if allowed.contains(image) { return image }
      return allowed.first { BuildCompatibility.modes(image: image, host: $0).contains(.process) }
    case .hyperv:
      if BuildCompatibility.modes(image: image, host: host.osBuild).contains(.hyperv) { return host.osBuild }
      return allowed.first { BuildCompatibility.modes(image: image, host: $0).contains(.hyperv) }
    }
  }

  /// One instance's size before its pool's shape is chosen: Hyper-V adds the utility VM's memory
  /// (its CPU overhead depends on the shape: `chooseShapes`); the unbounded-workaround policy packs
  /// by average memory.
  func size(_ workload: Workload, isolation: Isolation, index: Int) -> Container {
    let basis = scenario.memoryPolicy == .hardLimit ? workload.memoryGB : workload.memoryAvgGB
    guard isolation == .hyperv else {
      return Container(workload: index, cpu: workload.cpuCores, memory: basis, peakMemory: workload.memoryGB)
    }
    return Container(
      workload: index, cpu: workload.cpuCores, memory: utilityVMMemory(basis),
      peakMemory: utilityVMMemory(workload.memoryGB), hyperv: true)
  }

  /// The utility VM's memory for a container of `memory` GiB.
  func utilityVMMemory(_ memory: Double) -> Double {
    switch scenario.hyperv.memoryModel {
    case .fixed: return memory + scenario.hyperv.memoryOverheadGB
    case .utilityVM:
      // Container memory + 256 MB, rounded up to the next 512 MB (Microsoft, 2017).
      let step = Facts.hypervUtilityVMRoundingMB.value
      let megabytes = (memory * 1024 + Facts.hypervUtilityVMExtraMB.value) / step
      return (megabytes - 1e-9).rounded(.up) * step / 1024
    }
  }

  func rounded(_ value: Double) -> String { String(Double((value * 100).rounded()) / 100) }
}
