import ContainerFitAssessment
import ContainerFitConcurrency
import ContainerFitHistory
import ContainerFitModel
import ContainerFitReporting
import ContainerFitRun
import Foundation

extension RunRecord {
  /// The history record of a finished run: its scenario and summary as in assessment.json, and each
  /// application's result with its finding ids and points. Built straight from the outcome (a million
  /// applications: the per-application part runs on all cores, without a whole document in memory).
  init(_ outcome: AssessmentOutcome, createdAt: Date) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
    let run = AssessmentDocument.RunInfo(outcome)
    self.init(
      id: run.id, createdAt: createdAt, toolVersion: run.tool.version, name: run.scenario.name,
      scenarioJSON: try json(run.scenario), summaryJSON: try json(AssessmentDocument.Summary(outcome)),
      inputs: run.inputs,
      applications: [RunApplication](concurrentlyMaking: outcome.assessed.count) {
        [assessed = outcome.assessed, placements = outcome.placements, waves = outcome.waves] index in
        let app = assessed[index]
        let placement = placements[index]
        return RunApplication(
          appId: app.id, name: app.name, serverId: app.serverId, score: app.score, verdict: app.verdict.rawValue,
          confidence: app.confidence, isolation: app.isolation.rawValue, hostId: placement?.hostId,
          findingsJSON: app.findingsDigestJSON, wave: waves.wave(ofApplication: index))
      })
  }
}
