/// The steps `Planner.plan` runs, in order, once every isolation mode's workloads are assigned to
/// pools (`assign`, which the steps share).
enum PlanningStep: CaseIterable {
  /// Pack the pools of every isolation mode (each distinct pool once), lay the scenario's own mode
  /// out on named hosts, and decide which servers are decommissioned.
  case pack
  /// Price the scenario's hosts and the servers they replace.
  case licences
  /// Total and price the other modes' packings (made in `pack`) beside the scenario's own layout.
  case isolationComparison

  /// Must stay in this order: licences come after packing because each host's edition depends on
  /// how many Hyper-V containers it carries; the comparison comes last because it reads the
  /// scenario's hosts with the prices the licence step gives them, and prices the other modes the
  /// same way.
  static let ordered: [PlanningStep] = [.pack, .licences, .isolationComparison]
}
