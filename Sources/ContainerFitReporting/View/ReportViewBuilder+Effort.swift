import ContainerFitAssessment
import ContainerFitModel

// The effort summary: its range, its parts and how the range was made (docs/scoring.md, "Effort").

extension ReportViewBuilder {
  /// The effort range with its parts: platform, applications, contingency.
  func effortRows() -> [ReportView.CostRow] {
    let effort = outcome.summary.effort
    let settings = outcome.scenario.effort
    let days = { (value: Double) in ReportFormatting.number(value) + " days" }
    return [
      ReportView.CostRow(
        label: "platform enablement", value: days(effort.platformDays),
        note: "once for the estate (effort.platform_days): cluster and host image pipeline, registry, "
          + "gMSA/AD integration, logging and monitoring; 0 when no application moves"),
      ReportView.CostRow(
        label: "applications", value: days(effort.applicationDays),
        note: "\(ReportFormatting.integer(effort.movingApplications)) moving applications × "
          + "\(ReportFormatting.compact(settings.baselineDays)) days baseline (effort.baseline_days) plus their "
          + "remedies, each counted once"),
      ReportView.CostRow(label: "low", value: days(effort.low), note: "platform + applications, no contingency"),
      ReportView.CostRow(
        label: "likely", value: days(effort.likely), note: "midway between low and high"),
      ReportView.CostRow(
        label: "high", value: days(effort.high),
        note: "each part plus a contingency: \(Self.percent(EffortEstimate.baseContingency)) for what no "
          + "inventory shows, plus, per application, the share of its assessed fields that was unknown"),
    ]
  }

  func effortNote() -> String {
    let counts = outcome.summary.verdicts
    let staying = counts[Verdict.unsuitable.rawValue] ?? 0
    let waiting = counts[Verdict.insufficientData.rawValue] ?? 0
    return "Applications that stay on servers (\(ReportFormatting.integer(staying)) unsuitable) carry no container "
      + "effort; the \(ReportFormatting.integer(waiting)) with insufficient data are not estimated until their data "
      + "is collected. The baseline, platform days and contingency are assumptions (docs/scoring.md, \"Effort\")."
  }

  static func percent(_ fraction: Double) -> String { ReportFormatting.number(fraction * 100) + "%" }
}
