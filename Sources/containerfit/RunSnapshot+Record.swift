import ContainerFitHistory
import ContainerFitReporting
import ContainerFitRun
import Foundation

extension RunSnapshot {
  /// The snapshot of a run recorded in the history: its summary and scenario as recorded, and each
  /// application's finding ids from its findings.
  init(_ record: RunRecord) throws {
    let decoder = JSONDecoder()
    self.init(
      id: record.id, name: record.name, createdAt: RenderContext.iso8601(record.createdAt),
      scenario: try RunSnapshot.flatScenario(json: record.scenarioJSON),
      summary: try decoder.decode(AssessmentDocument.Summary.self, from: Data(record.summaryJSON.utf8)),
      applications: try record.applications.map { app in
        let findings = try decoder.decode([FindingDigest].self, from: Data(app.findingsJSON.utf8))
        return Application(
          id: app.appId, name: app.name, score: app.score, verdict: app.verdict, findings: findings.map(\.id))
      })
  }
}

/// A finding as the history keeps it: `{"id", "points"}`, or the whole finding in older histories; both
/// carry the `id`, which is all a comparison needs.
private struct FindingDigest: Decodable {
  var id: String
}
