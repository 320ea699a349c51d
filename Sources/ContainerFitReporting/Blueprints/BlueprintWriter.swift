import ContainerFitAssessment
import ContainerFitConcurrency
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun
import Foundation

/// Writes the blueprints of a finished run: one folder per application that moves and is placed,
/// named safely from its id. The folder is built under a hidden temporary name and renamed into
/// place when complete, so a run killed midway leaves no half-written blueprints.
public struct BlueprintWriter: Sendable {
  /// The applications to write, by id; `nil` for every application that moves.
  public var appIds: Set<String>?

  public init(appIds: Set<String>? = nil) {
    self.appIds = appIds
  }

  /// The subjects of `outcome` to write, in application order.
  func subjects(of outcome: AssessmentOutcome) -> [BlueprintSubject] {
    let estate = outcome.estate
    var appsOnServer = [Int](repeating: 0, count: estate.servers.count)
    for server in estate.serverIndices { appsOnServer[server] += 1 }
    let hostsById = Dictionary(outcome.plan.hosts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let model = DemandModel()
    var subjects: [BlueprintSubject] = []
    for (index, app) in outcome.assessed.enumerated() {
      guard app.verdict.movesToContainer, let placement = outcome.placements[index] else { continue }
      if let appIds, !appIds.contains(app.id) { continue }
      let server = estate.serverIndices[index]
      let demand = model.demand(
        for: app.application, server: estate.servers[server], appsOnServer: appsOnServer[server])
      subjects.append(
        BlueprintSubject(
          assessed: app, placement: placement, host: hostsById[placement.hostId], scenario: outcome.scenario,
          cpuCores: demand.cpuCores, memoryGB: demand.memoryGB, memoryAvgGB: demand.memoryAvgGB,
          instances: demand.instances, runId: outcome.context.runId, toolVersion: outcome.context.toolVersion))
    }
    return subjects
  }

  /// Writes the blueprints into the new folder `path` (which must not exist yet); returns how many.
  /// `progress` hears the count written so far.
  @discardableResult
  public func writeFolder(
    _ outcome: AssessmentOutcome, at path: String, progress: @Sendable (Int, Int) -> Void = { _, _ in }
  ) throws -> Int {
    let subjects = subjects(of: outcome)
    var names = BlueprintFolderNames()
    let folders = subjects.map { names.name(for: $0.assessed.id) }
    let manager = FileManager.default
    try manager.createDirectory(atPath: path, withIntermediateDirectories: false)
    // Built and written on all cores; each blueprint is a few kilobytes.
    let failures = ResultSlots<String>(count: subjects.count)
    DispatchQueue.concurrentPerform(iterations: max(1, (subjects.count + 63) / 64)) { chunk in
      for index in (chunk * 64)..<min(subjects.count, chunk * 64 + 64) {
        let blueprint = Blueprint(subjects[index], folder: folders[index])
        let folder = path + "/" + blueprint.folder
        do {
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
          for file in blueprint.files {
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name))
          }
        } catch {
          failures[index] = "\(folder): \(error.localizedDescription)"
        }
      }
      progress(min(subjects.count, chunk * 64 + 64), subjects.count)
    }
    if let failure = failures.values.compactMap({ $0 }).first {
      throw ReportOutputError.cannotWrite(path: path, reason: failure)
    }
    return subjects.count
  }

  /// Writes the blueprints into `folder`, replacing an older blueprints folder there only once the
  /// new one is complete.
  @discardableResult
  public func write(
    _ outcome: AssessmentOutcome, to folder: String, progress: @Sendable (Int, Int) -> Void = { _, _ in }
  ) throws -> Int {
    let temporary = AtomicFileWriter.temporaryPath(for: folder)
    do {
      let count = try writeFolder(outcome, at: temporary, progress: progress)
      try AtomicFileWriter.replace(folder, with: temporary)
      return count
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }
}

/// `--formats blueprints`: every blueprint of the run, in `blueprints/` beside the reports.
struct BlueprintsReporter: Reporter {
  static let format = ReportFormat.blueprints

  func write(_ run: ReportInput, to path: String) throws {
    try BlueprintWriter().writeFolder(run.outcome, at: path)
  }
}
