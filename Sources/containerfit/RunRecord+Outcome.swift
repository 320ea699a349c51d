import ContainerFitHistory
import ContainerFitModel
import ContainerFitReporting
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
      applications: Array(zip(outcome.assessed, outcome.placements)).concurrentMap { app, placement in
        let result = AssessmentDocument.ApplicationResult(app, placement: placement)
        return RunApplication(
          appId: result.id, name: result.name, serverId: result.serverId, score: result.score,
          verdict: result.verdict, confidence: result.confidence, isolation: result.isolation, hostId: result.hostId,
          findingsJSON: AssessmentDocument.Finding.digestJSON(result.findings))
      })
  }
}
