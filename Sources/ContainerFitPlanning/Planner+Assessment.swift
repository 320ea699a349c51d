import ContainerFitAssessment
import ContainerFitModel

extension Planner {
  /// The workloads of an assessed estate: each application's demand (explicit, or its share of its
  /// server's peak use) with the assessment's isolation and container build; `unsuitable` apps are
  /// carried as non-containerisable so decommissioning sees that their server stays.
  public static func workloads(
    for assessed: [AssessedApplication], in estate: Estate, demandModel: DemandModel = DemandModel()
  ) -> [Workload] {
    // Servers by position (the first of equal ids, as `Estate.serverIndex` keeps), and apps per
    // server. Apps of one server usually follow one another, so a server id is hashed once per
    // run of its apps, not once per app: a million string lookups were most of this step.
    var positionOf: [String: Int] = [:]
    positionOf.reserveCapacity(estate.servers.count)
    for (position, server) in estate.servers.enumerated() where positionOf[server.id] == nil {
      positionOf[server.id] = position
    }
    var appsOnServer = [Int](repeating: 0, count: estate.servers.count)
    var unknownServers: [String: Int] = [:]  // apps whose server is not in the estate
    var run: (id: String, position: Int?)?
    func position(of serverId: String) -> Int? {
      if let run, run.id == serverId { return run.position }
      let found = positionOf[serverId]
      run = (serverId, found)
      return found
    }
    for app in estate.applications {
      if let position = position(of: app.serverId) {
        appsOnServer[position] += 1
      } else {
        unknownServers[app.serverId, default: 0] += 1
      }
    }
    // On all cores: each workload is a pure function of its app, its server and the counts above.
    let servers = estate.servers
    return assessed.concurrentMap { [positionOf, appsOnServer, unknownServers] result in
      let position = positionOf[result.application.serverId]
      return demandModel.workload(
        for: result.application, server: position.map { servers[$0] },
        appsOnServer: position.map { appsOnServer[$0] } ?? unknownServers[result.application.serverId] ?? 1,
        isolation: result.isolation, containerBuild: result.containerBuild,
        isContainerisable: result.verdict != .unsuitable)
    }
  }
}
