import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

/// The per-application section: every application for a small estate; for a large one the N worst
/// and the N best, so the HTML stays small (applications.csv holds them all).
struct ApplicationDetail {
  let outcome: AssessmentOutcome
  let count: Int

  func groups() -> (groups: [ReportView.AppGroup], note: String) {
    let placements = outcome.placementIndex()
    let servers = outcome.estate.serverIndex()
    // Worst first: score ascending, then id, so the order never depends on input order.
    let ordered = outcome.assessed.indices.sorted {
      let a = outcome.assessed[$0]
      let b = outcome.assessed[$1]
      return (a.score, a.id) < (b.score, b.id)
    }
    func rows(_ indices: some Collection<Int>) -> [ReportView.AppRow] {
      indices.map { row(outcome.assessed[$0], placement: placements[outcome.assessed[$0].id], servers: servers) }
    }
    let total = outcome.assessed.count
    if total <= count * 2 {
      return (
        [ReportView.AppGroup(title: "All applications, lowest score first", note: "", apps: rows(ordered))],
        "Every application with every finding, its points and its evidence."
      )
    }
    let worst = ReportView.AppGroup(
      title: "The \(count) lowest-scoring applications", note: "", apps: rows(ordered.prefix(count)))
    let best = ReportView.AppGroup(
      title: "The \(count) highest-scoring applications", note: "", apps: rows(ordered.suffix(count).reversed()))
    return (
      [worst, best],
      "This estate has \(ReportFormatting.integer(total)) applications: the report shows the \(count) lowest and "
        + "the \(count) highest scores. applications.csv and applications.xlsx list every application."
    )
  }

  private func row(_ app: AssessedApplication, placement: AppPlacement?, servers: [String: ContainerFitModel.Server])
    -> ReportView.AppRow
  {
    let server = servers[app.serverId]
    let serverName = server?.hostname.map { "\($0) (\(app.serverId))" } ?? app.serverId
    let findings = app.findings.map {
      ReportView.AppFinding(
        rule: $0.id, points: ReportFormatting.compact($0.points), evidence: $0.evidence, remediation: $0.remediation,
        effortDays: ReportFormatting.compact($0.effortDays), blocker: $0.isBlocker)
    }
    let demand = placement.map {
      "\(ReportFormatting.compact($0.cpuCores)) cores, \(ReportFormatting.compact($0.memoryGB)) GiB"
    }
    return ReportView.AppRow(
      id: app.id, name: app.name, server: serverName, score: ReportFormatting.compact(app.score),
      verdict: app.verdict.rawValue, confidence: ReportFormatting.number(app.confidence, decimals: 2),
      baseImage: app.baseImage.rawValue, build: String(app.containerBuild),
      isolation: app.isolation.rawValue + (app.needsVerification ? " (verify)" : ""),
      imageSize: ReportFormatting.compact(app.imageSizeGB), effort: ReportFormatting.compact(app.effortDays),
      host: placement?.hostId ?? "–", demand: demand ?? "–", findings: findings, hasFindings: !findings.isEmpty)
  }
}
