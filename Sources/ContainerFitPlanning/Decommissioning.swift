/// Which source servers can be switched off: only those whose every application moves (PRODUCT.md
/// §4). A server with one unsuitable or unplaced app keeps running and keeps its licence; a
/// server with no application at all is not part of the migration and stays.
public enum Decommissioning {
  /// Ids of servers whose apps are all in `movedAppIds`, sorted.
  public static func decommissioned(workloads: [Workload], movedAppIds: Set<String>) -> [String] {
    decommissioned(workloads: workloads, moved: workloads.map { movedAppIds.contains($0.appId) }).ids
  }

  /// Ids of servers whose workloads all move (`moved`, by workload index), sorted, and how many
  /// distinct servers the workloads come from.
  static func decommissioned(workloads: [Workload], moved: [Bool]) -> (ids: [String], servers: Int) {
    var allMove: [String: Bool] = [:]
    // Workloads of one server usually come one after another: look the server up once per run.
    var current: (server: String, moves: Bool)?
    for (index, workload) in workloads.enumerated() {
      let moves = workload.isContainerisable && moved[index]
      if let run = current, run.server == workload.serverId {
        current = (run.server, run.moves && moves)
        continue
      }
      if let run = current { allMove[run.server] = (allMove[run.server] ?? true) && run.moves }
      current = (workload.serverId, moves)
    }
    if let run = current { allMove[run.server] = (allMove[run.server] ?? true) && run.moves }
    return (allMove.filter(\.value).map(\.key).sorted(), allMove.count)
  }
}
