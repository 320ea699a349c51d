import ContainerFitAssessment
import ContainerFitConcurrency
import ContainerFitModel
import ContainerFitPlanning
import Dispatch
import Foundation

/// Runs a what-if over one estate already read: scores the applications once per distinct scoring
/// setting (once in all but scoring what-ifs), then plans every variant in parallel on all cores.
public struct WhatIfPlanner: Sendable {
  /// The context of the what-if; variant `N` runs as `<runId>-v<N>` at the same time.
  public var context: RenderContext
  public var client: String?
  public var engagement: String?

  public init(context: RenderContext, client: String? = nil, engagement: String? = nil) {
    self.context = context
    self.client = client
    self.engagement = engagement
  }

  /// One finished run per variant, in matrix order.
  public func run(_ matrix: WhatIfMatrix, estate: Estate) throws -> [AssessmentOutcome] {
    let asOf = String(context.createdAtISO8601.prefix(10))
    var scorings: [Scenario: [AssessedApplication]] = [:]
    for variant in matrix.variants where scorings[variant.assessmentKey] == nil {
      // Each scoring already runs on all cores: one at a time.
      scorings[variant.assessmentKey] = try Assessor(scenario: variant.scenario, asOf: asOf).assess(estate)
    }
    let variants = matrix.variants
    let results = ResultSlots<Result<AssessmentOutcome, Error>>(count: variants.count)
    let context = self.context
    let client = self.client
    let engagement = self.engagement
    let assessedByKey = scorings
    DispatchQueue.concurrentPerform(iterations: variants.count) { index in
      let variant = variants[index]
      let assessed = assessedByKey[variant.assessmentKey] ?? []
      results[index] = Result {
        let planner = try Planner(scenario: variant.scenario)
        let plan = planner.plan(workloads: Planner.workloads(for: assessed, in: estate), servers: estate.servers)
        var variantContext = context
        variantContext.runId = "\(context.runId)-v\(variant.number)"
        return AssessmentOutcome(
          context: variantContext, scenario: variant.scenario, estate: estate, assessed: assessed, plan: plan,
          client: client, engagement: engagement)
      }
    }
    // concurrentPerform returns only when every iteration has filled its slot.
    return try results.values.compactMap { try $0?.get() }
  }
}
