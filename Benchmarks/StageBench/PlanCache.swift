// The plan stage's input (workloads and the few server fields licences read) saved as tab-separated
// text, so the plan can be timed again without reading and scoring the estate each time.
// `stagebench FILE plancache OUT` writes it; `stagebench plan OUT [RUNS] [pools]` plans from it.

import ContainerFitModel
import ContainerFitPlanning
import Foundation

enum PlanCache {
  static func write(workloads: [Workload], servers: [Server], to path: String) throws {
    var text = ""
    text.reserveCapacity(workloads.count * 80)
    for w in workloads {
      let codePage = w.codePage.map(String.init) ?? "-"
      text +=
        "w\t\(w.appId)\t\(w.serverId)\t\(w.cpuCores)\t\(w.memoryGB)\t\(w.memoryAvgGB)\t\(w.instances)\t"
        + "\(w.isolation.rawValue)\t\(w.containerBuild)\t\(codePage)\t\(w.isContainerisable ? 1 : 0)\n"
    }
    for s in servers {
      text +=
        "s\t\(s.id)\t\(s.cores.map(String.init) ?? "-")\t\(s.platform?.rawValue ?? "-")\t"
        + "\(s.licenseEdition?.rawValue ?? "-")\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  static func read(from path: String) throws -> (workloads: [Workload], servers: [Server]) {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var workloads: [Workload] = []
    var servers: [Server] = []
    for line in text.split(separator: "\n") {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if f[0] == "w" {
        workloads.append(
          Workload(
            appId: f[1], serverId: f[2], cpuCores: Double(f[3]) ?? 0, memoryGB: Double(f[4]) ?? 0,
            memoryAvgGB: Double(f[5]), instances: Int(f[6]) ?? 1, isolation: Isolation(rawValue: f[7]) ?? .process,
            containerBuild: Int(f[8]) ?? 0, codePage: Int(f[9]), isContainerisable: f[10] == "1"))
      } else {
        servers.append(
          Server(
            id: f[1], cores: Int(f[2]), platform: Platform(rawValue: f[3]),
            licenseEdition: LicenseEdition(rawValue: f[4])
          ))
      }
    }
    return (workloads, servers)
  }
}
