import ContainerFitModel

extension Planner {
  /// Packs every pool, names its hosts `host-<build>-<nnnn>` (numbered per build), and records
  /// placements, pool bounds, stranded capacity and, under unbounded-workaround, overcommit.
  func pack(
    _ pools: [PoolKey: [Container]], _ workloads: [Workload], _ isolationOf: [Isolation],
    into layout: inout HostLayout
  ) {
    let capacity = host.capacity
    let packer = VectorPacker(capacity: capacity)
    // Workload → host indices, one per instance: the first in a flat table, further instances
    // (rare) in a dictionary; a dictionary of arrays for a million workloads was a hot spot.
    var firstHost = [Int](repeating: -1, count: workloads.count)
    var moreHosts: [Int: [Int]] = [:]
    var numberByBuild: [Int: Int] = [:]
    for key in pools.keys.sorted() {
      guard let containers = pools[key] else { continue }
      let vectors = containers.map { PackingVector(demandCores: $0.cpu, memoryGB: $0.memory) }
      let packing = packer.pack(vectors)
      layout.pools.append(
        PoolSummary(
          osBuild: key.build, codePage: key.codePage < 0 ? nil : key.codePage, selfManaged: key.selfManaged,
          containers: containers.count, hosts: packing.bins.count,
          lowerBoundHosts: LowerBound.bins(for: vectors, capacity: capacity)))
      for bin in packing.bins {
        let number = numberByBuild[key.build, default: 0] + 1
        numberByBuild[key.build] = number
        let hostIndex = layout.hosts.count
        var cpu = 0.0
        var memory = 0.0
        var peak = 0.0
        var hyperv = 0
        var apps: [String] = []
        apps.reserveCapacity(bin.count)
        for item in bin {
          let container = containers[item]
          cpu += container.cpu
          memory += container.memory
          peak += container.peakMemory
          if isolationOf[container.workload] == .hyperv { hyperv += 1 }
          apps.append(workloads[container.workload].appId)
          if firstHost[container.workload] < 0 {
            firstHost[container.workload] = hostIndex
          } else {
            moreHosts[container.workload, default: []].append(hostIndex)
          }
        }
        apps.sort()
        // Instances of one workload on one host name the app once.
        apps = apps.enumerated().filter { $0.offset == 0 || apps[$0.offset - 1] != $0.element }.map(\.element)
        let id =
          "host-\(key.build)-\(number < 1000 ? String(repeating: "0", count: 4 - String(number).count) : "")\(number)"
        layout.hosts.append(
          PlannedHost(
            id: id, osBuild: key.build, codePage: key.codePage < 0 ? nil : key.codePage, selfManaged: key.selfManaged,
            cores: host.shape.cores, memoryGB: host.shape.memoryGB, cpuUsed: cpu, memoryUsed: memory,
            appIds: apps, hypervContainers: hyperv, edition: .none, annualCost: 0))
        let freeCPU = max(0, host.usableCores - cpu)
        let freeMemory = max(0, host.usableMemoryGB - memory)
        if freeMemory / host.usableMemoryGB < freeCPU / host.usableCores {
          layout.stranded.cpuCores += freeCPU
        } else {
          layout.stranded.memoryGB += freeMemory
        }
        if scenario.memoryPolicy == .unboundedWorkaround, peak > host.allocatableMemoryGB + 1e-9 {
          layout.overcommit.append(
            HostOvercommit(
              hostId: id, peakMemoryGB: peak, allocatableMemoryGB: host.allocatableMemoryGB,
              overcommitGB: peak - host.allocatableMemoryGB))
        }
      }
    }
    layout.placements.reserveCapacity(workloads.count)
    for workload in workloads.indices where firstHost[workload] >= 0 {
      let ids = ([firstHost[workload]] + (moreHosts[workload] ?? [])).map { layout.hosts[$0].id }
      let container = size(workloads[workload], isolation: isolationOf[workload], index: workload)
      layout.placements.append(
        AppPlacement(
          appId: workloads[workload].appId, hostId: ids[0], hostIds: ids, isolation: isolationOf[workload],
          cpuCores: container.cpu * Double(ids.count), memoryGB: container.memory * Double(ids.count)))
    }
    layout.placements.sort { $0.appId < $1.appId }
  }

  func addNotes(
    _ layout: inout HostLayout, workloads: [Workload], isolationOf: [Isolation], fallback: Int, verify: Int
  ) {
    let hypervApps = Set(
      layout.placements.filter { $0.isolation == .hyperv }.map(\.appId))
    if scenario.orchestrator == .ecs, !hypervApps.isEmpty {
      layout.notes.append(
        "Hyper-V isolation is not available on ECS: \(hypervApps.count) apps planned on self-managed hosts.")
    }
    if fallback > 0 {
      layout.notes.append(
        "\(fallback) apps run Hyper-V isolated because no allowed host build matches their container build.")
    }
    if verify > 0 {
      layout.notes.append(
        "\(verify) apps run a 2022 image process-isolated on a 2025 host: newer documentation; verify.")
    }
    if !hypervApps.isEmpty {
      switch host.shape.hypervSupport {
      case .native: break
      case .nestedVirtualization:
        layout.notes.append(
          "Hyper-V isolation on \(host.shape.name) (a VM) needs nested virtualisation enabled "
            + "(at least 4 GB RAM and 2 vCPUs).")
      case .unavailable:
        layout.notes.append(
          "\(host.shape.name) cannot run Hyper-V isolation: it needs nested virtualisation or bare metal; on AWS "
            + "that generally means a bare-metal type such as m5.metal (assumption).")
      }
    }
    if scenario.memoryPolicy == .unboundedWorkaround, !layout.overcommit.isEmpty {
      layout.notes.append(
        "Memory overcommit risk: \(layout.overcommit.count) hosts carry more peak memory than they have "
          + "(packed by average memory, no limit enforced).")
    }
  }
}
