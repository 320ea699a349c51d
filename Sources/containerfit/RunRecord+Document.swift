import ContainerFitHistory
import ContainerFitReporting
import Foundation

extension RunRecord {
  /// The history record of a finished run: its scenario and summary as in assessment.json, and each
  /// application's result with its findings.
  init(_ document: AssessmentDocument, createdAt: Date) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
    self.init(
      id: document.run.id, createdAt: createdAt, toolVersion: document.run.tool.version,
      name: document.run.scenario.name, scenarioJSON: try json(document.run.scenario),
      summaryJSON: try json(document.summary), inputs: document.run.inputs,
      applications: try document.applications.map {
        RunApplication(
          appId: $0.id, name: $0.name, serverId: $0.serverId, score: $0.score, verdict: $0.verdict,
          confidence: $0.confidence, isolation: $0.isolation, hostId: $0.hostId, findingsJSON: try json($0.findings))
      })
  }
}
