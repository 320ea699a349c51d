import ContainerFitAssessment
import ContainerFitModel

extension Planner {
  /// The workloads of an assessed estate: each application's demand (explicit, or its share of its
  /// server's peak use) with the assessment's isolation and container build; `unsuitable` apps are
  /// carried as non-containerisable so decommissioning sees that their server stays.
  public static func workloads(
    for assessed: [AssessedApplication], in estate: Estate, demandModel: DemandModel = DemandModel()
  ) -> [Workload] {
    let servers = estate.serverIndex()
    var appsOnServer: [String: Int] = [:]
    for app in estate.applications { appsOnServer[app.serverId, default: 0] += 1 }
    return assessed.map { result in
      let app = result.application
      return demandModel.workload(
        for: app, server: servers[app.serverId], appsOnServer: appsOnServer[app.serverId] ?? 1,
        isolation: result.isolation, containerBuild: result.containerBuild,
        isContainerisable: result.verdict != .unsuitable)
    }
  }
}
