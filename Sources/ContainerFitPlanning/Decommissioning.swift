/// Which source servers can be switched off: only those whose every application moves (PRODUCT.md
/// §4). A server with one unsuitable or unplaced app keeps running and keeps its licence; a
/// server with no application at all is not part of the migration and stays.
public enum Decommissioning {
  /// Ids of servers whose apps are all in `movedAppIds`, sorted.
  public static func decommissioned(workloads: [Workload], movedAppIds: Set<String>) -> [String] {
    var allMove: [String: Bool] = [:]
    for workload in workloads {
      let moves = workload.isContainerisable && movedAppIds.contains(workload.appId)
      allMove[workload.serverId] = (allMove[workload.serverId] ?? true) && moves
    }
    return allMove.filter(\.value).map(\.key).sorted()
  }
}
