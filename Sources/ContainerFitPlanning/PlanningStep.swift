/// The planner's steps, in the order they must run.
enum PlanningStep: CaseIterable {
  /// Pack the workloads onto hosts (and decide which servers are decommissioned).
  case pack
  /// Price the hosts and the servers they replace.
  case licences
  /// Re-plan all-process and all-Hyper-V and price each.
  case isolationComparison

  /// Must stay in this order: licences come after packing because each host's edition depends on
  /// how many Hyper-V containers it carries; the comparison comes last because it prices every
  /// variant with the same licence step, and reuses the packing already done for the scenario's mode.
  static let ordered: [PlanningStep] = [.pack, .licences, .isolationComparison]
}
