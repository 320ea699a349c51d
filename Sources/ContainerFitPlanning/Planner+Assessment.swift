import ContainerFitAssessment
import ContainerFitConcurrency
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
    // Read through the array: `for app in` copied every application, retaining all its strings.
    for index in estate.applications.indices {
      let serverId = estate.applications[index].serverId
      if let position = position(of: serverId) {
        appsOnServer[position] += 1
      } else {
        unknownServers[serverId, default: 0] += 1
      }
    }
    // On all cores: each workload is a pure function of its app, its server and the counts above.
    let servers = estate.servers
    // By index, each field read through the array: handing each result to the closure copied it.
    return [Workload](concurrentlyMaking: assessed.count) { [positionOf, appsOnServer, unknownServers] index in
      let position = positionOf[assessed[index].application.serverId]
      return demandModel.workload(
        for: assessed[index].application, server: position.map { servers[$0] },
        appsOnServer: position.map { appsOnServer[$0] } ?? unknownServers[assessed[index].application.serverId] ?? 1,
        isolation: assessed[index].isolation, containerBuild: assessed[index].containerBuild,
        isContainerisable: assessed[index].verdict != .unsuitable)
    }
  }
}
