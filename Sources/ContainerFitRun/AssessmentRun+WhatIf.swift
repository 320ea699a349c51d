import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

extension AssessmentRun {
  /// One finished run per variant of `matrix` over one estate already read, in matrix order; variant
  /// `N` runs as `<context.runId>-v<N>`. The estate is scored once per distinct scoring setting
  /// (`WhatIfVariant.assessmentKey`), then every variant is planned, in parallel on all cores.
  public static func whatIf(
    _ matrix: WhatIfMatrix, estate: Estate, context: RenderContext, client: String? = nil, engagement: String? = nil
  ) throws -> [AssessmentOutcome] {
    let runs = try matrix.variants.map { variant in
      var variantContext = context
      variantContext.runId = "\(context.runId)-v\(variant.number)"
      return try AssessmentRun(
        scenario: variant.scenario, context: variantContext, client: client, engagement: engagement)
    }
    var scorings: [Scenario: [AssessedApplication]] = [:]
    for (variant, run) in zip(matrix.variants, runs) where scorings[variant.assessmentKey] == nil {
      // Each scoring already runs on all cores: one at a time.
      scorings[variant.assessmentKey] = run.assess(estate)
    }
    let keys = matrix.variants.map(\.assessmentKey)
    return [AssessmentOutcome](concurrentlyMaking: runs.count, minimumChunk: 1) { [scorings] index in
      runs[index].outcome(of: estate, assessed: scorings[keys[index]] ?? [])
    }
  }
}
