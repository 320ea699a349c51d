import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitReporting
import Foundation

extension AssessmentOutcome {
  /// A whole run of `estate` under the default scenario, dated 2026-11-29 with run id `run-test`.
  static func test(_ estate: Estate, client: String?, engagement: String?) throws -> AssessmentOutcome {
    let scenario = Scenario()
    let assessed = try Assessor(scenario: scenario, asOf: "2026-11-28").assess(estate)
    let plan = try Planner(scenario: scenario).plan(
      workloads: Planner.workloads(for: assessed, in: estate), servers: estate.servers)
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    return AssessmentOutcome(
      context: context, scenario: scenario, estate: estate, assessed: assessed, plan: plan, client: client,
      engagement: engagement)
  }
}
