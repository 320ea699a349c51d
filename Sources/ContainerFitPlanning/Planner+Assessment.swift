import ContainerFitAssessment
import ContainerFitConcurrency
import ContainerFitModel

extension Planner {
  /// The workloads of an assessed estate: each application's demand (explicit, or its share of its
  /// server's peak use) with the assessment's isolation and container build; `unsuitable` apps are
  /// carried as non-containerisable so decommissioning sees that their server stays.
  ///
  /// `assessed` is `estate`'s applications in estate order, as `Assessor.assess(estate)` returns
  /// them: application n runs on `estate.server(ofApplication: n)`.
  public static func workloads(
    for assessed: [AssessedApplication], in estate: Estate, demandModel: DemandModel = DemandModel()
  ) -> [Workload] {
    precondition(assessed.count == estate.serverIndices.count, "assessed in estate order, one per application")
    var appsOnServer = [Int](repeating: 0, count: estate.servers.count)
    for server in estate.serverIndices { appsOnServer[server] += 1 }
    // On all cores: each workload is a pure function of its app, its server and the counts above.
    return [Workload](concurrentlyMaking: assessed.count) { [appsOnServer] index in
      let server = estate.serverIndices[index]
      // Only applications that move are packed (`Verdict.movesToContainer`): `insufficientData`
      // ones wait for their data like `unsuitable` ones stay on their servers.
      return demandModel.workload(
        for: assessed[index].application, server: estate.servers[server], appsOnServer: appsOnServer[server],
        isolation: assessed[index].isolation, os: assessed[index].os, containerBuild: assessed[index].containerBuild,
        isContainerisable: assessed[index].verdict.movesToContainer)
    }
  }
}
