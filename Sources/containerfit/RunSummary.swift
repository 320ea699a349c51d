import ContainerFitPlanning
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
      "Licences a year: \(currency) \(range(plan.cost.beforeLicence)) today → \(range(plan.cost.afterLicence)) after "
        + "(the servers that stay included); container hosts' compute \(currency) \(Int(plan.cost.hostsCompute.rounded())) "
        + "a year\(plan.cost.hostingPriced ? "" : "; today's hosting not priced").",
    ]
    func range(_ range: LicenceModel.Range) -> String {
      let (low, high) = (Int(range.low.rounded()), Int(range.high.rounded()))
      return low == high ? "\(low)" : "\(low)–\(high)"
    }
    lines.append("Wrote:")
    lines.append(contentsOf: files.map { "  " + $0 })
    return lines.joined(separator: "\n")
  }
}
