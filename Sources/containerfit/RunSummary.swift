import ContainerFitReporting
import ContainerFitRun

/// The few lines `assess` prints when it is done.
struct RunSummary {
  let outcome: AssessmentOutcome
  let files: [String]

  func text() -> String {
    let verdicts = outcome.summary.verdicts
    let plan = outcome.plan
    let currency = plan.licensing.currency
    var lines = [
      "Run \(outcome.context.runId): \(outcome.assessed.count) applications on \(outcome.estate.servers.count) servers, "
        + "\(outcome.estate.rejections.count) records rejected, \(outcome.estate.warnings.count) warnings.",
      "Verdicts: ready \(verdicts["ready"] ?? 0), minor \(verdicts["minor"] ?? 0), major \(verdicts["major"] ?? 0), "
        + "insufficient data \(verdicts["insufficient-data"] ?? 0), unsuitable \(verdicts["unsuitable"] ?? 0).",
      "Hosts: \(plan.consolidation.sourceServers) servers → \(plan.consolidation.targetHosts) container hosts "
        + "(lower bound \(plan.consolidation.lowerBoundHosts)); \(plan.consolidation.decommissionedServers) servers decommissioned.",
      "Licences: \(currency) \(Int(plan.licensing.currentAnnualCost.rounded())) → \(Int(plan.licensing.targetAnnualCost.rounded())) a year "
        + "(savings \(Int(plan.licensing.annualSavings.rounded()))).",
    ]
    lines.append("Wrote:")
    lines.append(contentsOf: files.map { "  " + $0 })
    return lines.joined(separator: "\n")
  }
}
