import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun

extension AssessmentDocument {
  /// One server of the estate (real-world-formats.md, "Server identity and first deliveries"): what
  /// it runs, when its Windows support ends, how many applications it has and what the run decided
  /// for it.
  public struct ServerResult: Codable, Sendable, Hashable {
    public var id: String
    public var hostname: String?
    public var osName: String?
    public var osBuild: Int?
    /// The end of its Windows release's extended support, `YYYY-MM-DD`, when the release is known.
    public var supportEnds: String?
    public var cores: Int?
    public var memoryGB: Double?
    public var platform: String?
    /// Its power state as the export gives it (RVTools `Powerstate`), when it does.
    public var powerState: String?
    /// The hypervisor host and cluster it runs on (RVTools vInfo `Host`, `Cluster`).
    public var hypervisorHost: String?
    public var cluster: String?
    /// Applications the inventories name on it.
    public var applications: Int
    /// `retired` (every application moves), `stays` (an application stays, or has too little data),
    /// `server-estimate` (no known application: sized as one unit in the server-level estimate, never
    /// counted as retired) or `unsized` (no known application and no size).
    public var outcome: String
    /// True for a server only applications name (no inventory describes it).
    public var placeholder: Bool
  }

  /// Every server of `outcome`'s estate, in estate order.
  static func servers(of outcome: AssessmentOutcome) -> [ServerResult] {
    let estate = outcome.estate
    var applications = [Int](repeating: 0, count: estate.servers.count)
    for server in estate.serverIndices { applications[server] += 1 }
    let retired = Set(outcome.plan.decommissionedServerIds)
    let unsized = Set(outcome.serverEstimate?.unsizedServerIds ?? [])
    return estate.servers.enumerated().map { index, server in
      let outcomeText =
        applications[index] > 0
        ? (retired.contains(server.id) ? "retired" : "stays")
        : (unsized.contains(server.id) ? "unsized" : "server-estimate")
      let build = server.effectiveBuild
      return ServerResult(
        id: server.id, hostname: server.hostname, osName: server.osName, osBuild: build,
        supportEnds: build.flatMap(WindowsRelease.release(ofBuild:))?.extendedEnd, cores: server.cores,
        memoryGB: server.memoryGB.map(rounded), platform: server.platform?.rawValue,
        powerState: server.attributes["Powerstate"] ?? server.attributes["PowerState"],
        hypervisorHost: server.hypervisorHost, cluster: server.cluster, applications: applications[index],
        outcome: outcomeText, placeholder: server.isPlaceholder)
    }
  }
}

extension AssessmentDocument.ServerResult {
  func write(to json: inout JSONBytes) {
    json.beginObject()
    json.key("id")
    json.string(id)
    json.key("hostname")
    json.string(hostname)
    json.key("osName")
    json.string(osName)
    json.key("osBuild")
    json.number(osBuild)
    json.key("supportEnds")
    json.string(supportEnds)
    json.key("cores")
    json.number(cores)
    json.key("memoryGB")
    json.number(memoryGB)
    json.key("platform")
    json.string(platform)
    json.key("powerState")
    json.string(powerState)
    json.key("hypervisorHost")
    json.string(hypervisorHost)
    json.key("cluster")
    json.string(cluster)
    json.key("applications")
    json.number(applications)
    json.key("outcome")
    json.string(outcome)
    json.key("placeholder")
    json.bool(placeholder)
    json.endObject()
  }
}

extension WavePlan.Wave {
  func write(to json: inout JSONBytes) {
    json.beginObject()
    json.key("number")
    json.number(number)
    json.key("reason")
    json.string(reason)
    json.key("applications")
    json.number(applications)
    json.key("effortDays")
    json.number((effortDays * 100).rounded() / 100)
    json.key("serversFreed")
    json.number(serversFreed)
    json.key("cumulativeHosts")
    json.number(cumulativeHosts)
    json.key("cumulativeAnnualDifference")
    json.number((cumulativeAnnualDifference * 100).rounded() / 100)
    json.endObject()
  }
}
