import ContainerFitModel
import ContainerFitRun
import Foundation

extension AssessmentOutcome {
  /// A whole run of `estate` under the default scenario, dated 2026-11-29 with run id `run-test`.
  static func test(_ estate: Estate, client: String?, engagement: String?) throws -> AssessmentOutcome {
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    return try AssessmentRun(scenario: Scenario(), context: context, client: client, engagement: engagement).run(estate)
  }
}
