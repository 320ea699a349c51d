import ContainerFitModel

// Packing one isolation choice: decide each workload's isolation and host pool, size its
// containers (Hyper-V overhead, memory policy), pack every pool, and name the hosts.

extension Planner {
  struct PoolKey: Hashable, Comparable {
    var build: Int
    var selfManaged: Bool
    var codePage: Int

    static func < (a: PoolKey, b: PoolKey) -> Bool {
      (a.build, a.selfManaged ? 1 : 0, a.codePage) < (b.build, b.selfManaged ? 1 : 0, b.codePage)
    }
  }

  /// One container (an instance) as packed: its workload and its real sizes.
  struct Container: Equatable {
    var workload: Int
    var cpu: Double
    var memory: Double
    var peakMemory: Double
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
    let capacity = host.capacity
    for (index, workload) in workloads.enumerated() where workload.isContainerisable {
      if workload.os == .linux {
        // Linux containers share Linux hosts whatever the Windows isolation being compared.
        let container = size(workload, isolation: .process, index: index)
        guard fits(container, workload, capacity, &assignment) else { continue }
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
      guard fits(container, workload, capacity, &assignment) else { continue }
      let key = PoolKey(
        build: build, selfManaged: !scenario.platform.runsHypervIsolation && isolation == .hyperv,
        codePage: workload.codePage ?? -1)
      assignment.pools[key, default: []].append(contentsOf: repeatElement(container, count: max(1, workload.instances)))
    }
    assignment.exceptions.sort { $0.appId < $1.appId }
    return assignment
  }

  /// True when one instance fits an empty host; otherwise records the exception and returns false.
  func fits(_ container: Container, _ workload: Workload, _ capacity: PackingVector, _ assignment: inout Assignment)
    -> Bool
  {
    guard !PackingVector(demandCores: container.cpu, memoryGB: container.memory).fits(in: capacity) else {
      return true
    }
    assignment.exceptions.append(
      PlanningException(
        appId: workload.appId, reason: .tooLargeForHost,
        message: "One instance needs \(rounded(container.cpu)) cores and \(rounded(container.memory)) GiB; a "
          + "\(host.shape.name) host offers \(rounded(host.usableCores)) cores and "
          + "\(rounded(host.usableMemoryGB)) GiB usable."))
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

  /// One instance's size as packed: Hyper-V adds CPU overhead and the utility VM's memory; the
  /// unbounded-workaround policy packs by average memory.
  func size(_ workload: Workload, isolation: Isolation, index: Int) -> Container {
    let basis = scenario.memoryPolicy == .hardLimit ? workload.memoryGB : workload.memoryAvgGB
    guard isolation == .hyperv else {
      return Container(workload: index, cpu: workload.cpuCores, memory: basis, peakMemory: workload.memoryGB)
    }
    let cpu = workload.cpuCores * (1 + scenario.hyperv.cpuOverheadPct / 100)
    return Container(
      workload: index, cpu: cpu, memory: utilityVMMemory(basis), peakMemory: utilityVMMemory(workload.memoryGB))
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
