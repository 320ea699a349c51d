import ContainerFitModel

/// The packing of one isolation choice: hosts without prices, placements, pools and exceptions.
struct HostLayout {
  var hosts: [PlannedHost] = []
  var placements: [AppPlacement] = []
  /// The index in the planned workloads of each placement's workload.
  var placementWorkloads: [Int] = []
  var pools: [PoolSummary] = []
  var exceptions: [PlanningException] = []
  var overcommit: [HostOvercommit] = []
  var stranded = StrandedCapacity(cpuCores: 0, memoryGB: 0)
  var notes: [String] = []

  var variant: IsolationVariant {
    IsolationVariant(
      hosts: hosts.count { !$0.isFargateTask }, tasks: hosts.count(where: \.isFargateTask),
      cores: hosts.reduce(0) { $0 + $1.cores }, memoryGB: hosts.reduce(0) { $0 + $1.memoryGB },
      annualCost: hosts.reduce(0) { $0 + $1.annualCompute + $1.annualLicence }, placedApplications: placements.count)
  }
}
