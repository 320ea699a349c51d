import ContainerFitConcurrency
import ContainerFitModel

extension Planner {
  /// The full layout of an assignment from its pools' packings: hosts named `host-<build>-<nnnn>`
  /// (numbered per build, pools in key order), placements sorted by app id, pool bounds, stranded
  /// capacity and, under unbounded-workaround, overcommit. `order` lists the workloads by app id.
  func layout(
    _ assignment: Assignment, _ packings: [PoolKey: PoolPacking], _ workloads: [Workload], order: [Int]
  ) -> HostLayout {
    var layout = HostLayout()
    layout.exceptions = assignment.exceptions
    let isolationOf = assignment.isolationOf
    // Each workload's rank by app id: a host lists its apps sorted by comparing ranks, not strings.
    var rank = [Int](repeating: 0, count: workloads.count)
    for (position, workload) in order.enumerated() { rank[workload] = position }
    // Workload → host indices, one per instance: the first in a flat table, further instances
    // (rare) in a dictionary, so a million workloads cost one flat array, not an array each.
    var firstHost = [Int](repeating: -1, count: workloads.count)
    var moreHosts: [Int: [Int]] = [:]
    var numberByBuild: [Int: Int] = [:]
    var onHost: [Int] = []
    // Each host's shape, by host index: a Hyper-V container's CPU overhead is its host kind's.
    var shapeOfHost: [Int] = []
    for key in assignment.pools.keys.sorted() {
      guard let containers = assignment.pools[key], let packing = packings[key] else { continue }
      let spec = shapes[key.shape]
      // The packed bins, then the spare hosts (one more under n-plus-one, and up to the pool
      // minimum): empty bins, priced, kept out of stranded capacity.
      let spares = spareHosts(needed: packing.bins.count, spec)
      let isTask = spec.shape.isFargateTask
      let bins = packing.bins + Array(repeating: [], count: spares)
      layout.pools.append(
        PoolSummary(
          osBuild: key.build, codePage: key.codePage < 0 ? nil : key.codePage, selfManaged: key.selfManaged,
          shape: spec.shape.name, containers: containers.count, hosts: bins.count,
          lowerBoundHosts: packing.lowerBound, isFargateTasks: isTask))
      layout.hosts.reserveCapacity(layout.hosts.count + bins.count)
      for (binIndex, bin) in bins.enumerated() {
        let spare = binIndex >= packing.bins.count
        // Hosts and tasks are numbered apart, per build.
        let series = isTask ? ~key.build : key.build
        let number = numberByBuild[series, default: 0] + 1
        numberByBuild[series] = number
        let hostIndex = layout.hosts.count
        shapeOfHost.append(key.shape)
        var cpu = 0.0
        var memory = 0.0
        var peak = 0.0
        var hyperv = 0
        onHost.removeAll(keepingCapacity: true)
        for item in bin {
          let container = containers[item]
          cpu += container.cpu
          memory += container.memory
          peak += container.peakMemory
          if isolationOf[container.workload] == .hyperv { hyperv += 1 }
          onHost.append(container.workload)
          if firstHost[container.workload] < 0 {
            firstHost[container.workload] = hostIndex
          } else {
            moreHosts[container.workload, default: []].append(hostIndex)
          }
        }
        onHost.sort { rank[$0] < rank[$1] }
        // Apps sorted by id, each named once (instances of one workload, or equal ids, share a host).
        var apps: [String] = []
        apps.reserveCapacity(onHost.count)
        for workload in onHost where apps.last != workloads[workload].appId { apps.append(workloads[workload].appId) }
        let digits = String(number)
        let pool = key.build == ContainerOS.noWindowsBuild ? "linux" : String(key.build)
        let id =
          "\(isTask ? "task" : "host")-\(pool)-\(digits.count < 4 ? String(repeating: "0", count: 4 - digits.count) : "")\(digits)"
        layout.hosts.append(
          PlannedHost(
            id: id, osBuild: key.build, codePage: key.codePage < 0 ? nil : key.codePage, selfManaged: key.selfManaged,
            shape: spec.shape.name, cores: spec.shape.cores, memoryGB: spec.shape.memoryGB,
            usableCores: spec.usableCores, usableMemoryGB: spec.usableMemoryGB, cpuUsed: cpu, memoryUsed: memory,
            appIds: apps, spare: spare, isFargateTask: isTask, hypervContainers: hyperv, edition: .none,
            annualLicence: 0, annualCompute: 0))
        if !spare { layout.stranded.add(cpuUsed: cpu, memoryUsed: memory, spec.usableCores, spec.usableMemoryGB) }
        if scenario.memoryPolicy == .unboundedWorkaround, peak > spec.allocatableMemoryGB + 1e-9 {
          layout.overcommit.append(
            HostOvercommit(
              hostId: id, peakMemoryGB: peak, allocatableMemoryGB: spec.allocatableMemoryGB,
              overcommitGB: peak - spec.allocatableMemoryGB))
        }
      }
    }
    // Placements in app id order: no sort of a million placements afterwards. Made on all cores:
    // each of them allocates its list of hosts.
    layout.placementWorkloads = order.filter { firstHost[$0] >= 0 }
    let hosts = layout.hosts
    layout.placements = layout.placementWorkloads.concurrentMap(minimumChunk: 4_096) {
      [firstHost, moreHosts, shapeOfHost] workload in
      let first = hosts[firstHost[workload]].id
      var ids = [first]
      if let more = moreHosts[workload] { ids += more.map { hosts[$0].id } }
      var container = size(workloads[workload], isolation: isolationOf[workload], index: workload)
      if container.hyperv {
        container.cpu *= 1 + hypervOverheadPct(shapes[shapeOfHost[firstHost[workload]]]) / 100
      }
      return AppPlacement(
        appId: workloads[workload].appId, hostId: first, hostIds: ids, isolation: isolationOf[workload],
        cpuCores: container.cpu * Double(ids.count), memoryGB: container.memory * Double(ids.count))
    }
    addNotes(&layout, fallback: assignment.fallbackToHyperv, verify: assignment.verify, linuxApps: assignment.linuxApps)
    return layout
  }

  /// Workload indices sorted by app id (ties in input order); workloads usually arrive sorted, and
  /// then this is one pass of comparisons.
  static func appIdOrder(_ workloads: [Workload]) -> [Int] {
    let indices = Array(workloads.indices)
    if zip(workloads, workloads.dropFirst()).allSatisfy({ $0.appId <= $1.appId }) { return indices }
    return indices.sorted {
      workloads[$0].appId != workloads[$1].appId ? workloads[$0].appId < workloads[$1].appId : $0 < $1
    }
  }

  func addNotes(_ layout: inout HostLayout, fallback: Int, verify: Int, linuxApps: Int) {
    let tasks = layout.hosts.count(where: \.isFargateTask)
    if tasks > 0 {
      layout.notes.append(
        "Fargate runs tasks, not hosts: each of the \(tasks) containers is a task of the cheapest size that holds it "
          + "at \(Int(scenario.host.targetUtilizationPct))% utilisation, priced per vCPU-hour and GB-hour"
          + (layout.hosts.contains { $0.isFargateTask && $0.osBuild != ContainerOS.noWindowsBuild }
            ? ", plus the Windows charge per vCPU-hour for Windows tasks." : "."))
      let codePages = layout.hosts.filter { $0.isFargateTask && $0.codePage != nil }
      if !codePages.isEmpty {
        let pages = Set(codePages.compactMap(\.codePage)).sorted().map(String.init).joined(separator: ", ")
        layout.notes.append(
          "\(codePages.count) Fargate tasks need code page \(pages), and Fargate's hosts cannot be chosen: verify that "
            + "the task's Windows runs that code page, or run these apps on ECS on EC2 hosts of their code page.")
      }
    }
    if linuxApps > 0 {
      let hosts = layout.hosts.count { $0.osBuild == ContainerOS.noWindowsBuild }
      layout.notes.append(
        "\(linuxApps) apps run in Linux containers on \(hosts) Linux hosts, which need no Windows licence.")
    }
    // Distinct ids of Hyper-V placements; placements are sorted, so equal ids are adjacent.
    var hypervApps = 0
    var lastHypervApp: String?
    for placement in layout.placements where placement.isolation == .hyperv && placement.appId != lastHypervApp {
      hypervApps += 1
      lastHypervApp = placement.appId
    }
    if !scenario.platform.runsHypervIsolation, hypervApps > 0 {
      layout.notes.append(
        "Hyper-V isolation is not available on \(scenario.platform.rawValue): \(hypervApps) apps planned on "
          + "self-managed hosts.")
    }
    if fallback > 0 {
      layout.notes.append(
        "\(fallback) apps run Hyper-V isolated because no allowed host build matches their container build.")
    }
    if verify > 0 {
      layout.notes.append(
        "\(verify) apps run a 2022 image process-isolated on a 2025 host: newer documentation; verify.")
    }
    // Hyper-V pools run only on shapes that can run it (`chooseShapes`); nested ones are unverified.
    let nested = Set(
      layout.hosts.filter { $0.hypervContainers > 0 }.map(\.shape).filter { name in
        shapes.first { $0.shape.name == name }?.shape.hypervSupport == .nestedVirtualization
      }
    ).sorted()
    for name in nested {
      layout.notes.append(
        "Hyper-V isolation on \(name) relies on nested virtualisation (at least 4 GB RAM and 2 vCPUs): "
          + "Hyper-V-isolated containers there are unverified.")
    }
    let substituted = Set(
      layout.hosts.filter { $0.hypervContainers > 0 }.map(\.shape).filter { name in
        !shapes.prefix(candidateCount).contains { $0.shape.name == name }
      }
    ).sorted()
    if !substituted.isEmpty {
      layout.notes.append(
        "No shape of the scenario runs Hyper-V isolation (\(shapes.prefix(candidateCount).map(\.shape.name).joined(separator: ", "))): "
          + "the Hyper-V pools use \(substituted.joined(separator: ", ")).")
    }
    if scenario.memoryPolicy == .unboundedWorkaround, !layout.overcommit.isEmpty {
      layout.notes.append(
        "Memory overcommit risk: \(layout.overcommit.count) hosts carry more peak memory than they have "
          + "(packed by average memory, no limit enforced).")
    }
  }
}
