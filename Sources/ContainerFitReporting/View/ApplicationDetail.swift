import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun

/// The per-application section: every application for a small estate; for a large one the N worst
/// and the N best, so the HTML stays small (applications.csv holds them all).
struct ApplicationDetail {
  let outcome: AssessmentOutcome
  let count: Int

  func groups() -> (groups: [ReportView.AppGroup], note: String) {
    let assessed = outcome.assessed
    // Worst first: score ascending, then id, so the order never depends on input order.
    let precedes: (Int, Int) -> Bool = { (assessed[$0].score, assessed[$0].id) < (assessed[$1].score, assessed[$1].id) }
    func rows(_ indices: [Int]) -> [ReportView.AppRow] {
      indices.map {
        row(assessed[$0], placement: outcome.placements[$0], server: outcome.estate.server(ofApplication: $0))
      }
    }
    let total = assessed.count
    if total <= count * 2 {
      return (
        [
          ReportView.AppGroup(
            title: "All applications, lowest score first", note: "", apps: rows(assessed.indices.sorted(by: precedes)))
        ],
        "Every application with every finding, its points and its evidence."
      )
    }
    // The applications that matter most, each group found in one pass (a million applications are
    // not sorted to show a few dozen): the blocked ones, lowest score first; the moving ones with the
    // most effort; and the pilot wave.
    let blocked = Self.first(count, of: assessed.indices.lazy.filter { !assessed[$0].blockers.isEmpty }, by: precedes)
    let moving = assessed.indices.lazy.filter { outcome.isPlaced($0) }
    let effort = Self.first(count, of: moving) {
      (assessed[$0].effortDays, assessed[$1].id) > (assessed[$1].effortDays, assessed[$0].id)
    }
    let waves = outcome.waves
    let pilot = assessed.indices.filter { waves.wave(ofApplication: $0) == 0 }
    var groups: [ReportView.AppGroup] = []
    if !blocked.isEmpty {
      groups.append(
        ReportView.AppGroup(
          title: "Blocked: the \(blocked.count) lowest-scoring applications with a blocker", note: "",
          apps: rows(blocked)))
    }
    if !effort.isEmpty {
      groups.append(
        ReportView.AppGroup(
          title: "The \(effort.count) applications that move with the most effort", note: "", apps: rows(effort)))
    }
    if !pilot.isEmpty {
      groups.append(
        ReportView.AppGroup(
          title: "The first wave: the pilot's \(pilot.count) applications", note: "", apps: rows(pilot)))
    }
    return (
      groups,
      "This estate has \(ReportFormatting.integer(total)) applications: the report details those that matter most "
        + "(blocked, most effort, the first wave). applications.csv and applications.xlsx list every application."
    )
  }

  /// The first `count` of `indices` in the order `precedes` defines, found in one pass with a sorted
  /// buffer of at most `count` (O(n log count), against O(n log n) for sorting them all).
  static func first(_ count: Int, of indices: some Sequence<Int>, by precedes: (Int, Int) -> Bool) -> [Int] {
    var kept: [Int] = []
    kept.reserveCapacity(count + 1)
    for index in indices {
      if kept.count == count, let last = kept.last, !precedes(index, last) { continue }
      var low = 0
      var high = kept.count
      while low < high {
        let middle = (low + high) / 2
        if precedes(index, kept[middle]) { high = middle } else { low = middle + 1 }
      }
      kept.insert(index, at: low)
      if kept.count > count { kept.removeLast() }
    }
    return kept
  }

  private func row(_ app: AssessedApplication, placement: AppPlacement?, server: ContainerFitModel.Server)
    -> ReportView.AppRow
  {
    let serverName = server.hostname.map { "\($0) (\(app.serverId))" } ?? app.serverId
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
      target: app.target.kind.rawValue, targetReason: Self.targetSentence(app.target),
      baseImage: app.image.isEmpty ? app.baseImage.rawValue : app.image,
      build: app.os == .linux ? "Linux" : String(app.containerBuild),
      isolation: app.os == .linux ? "–" : app.isolation.rawValue,
      imageSize: ReportFormatting.compact(app.imageSizeGB),
      effort: app.verdict.movesToContainer ? ReportFormatting.compact(app.effortDays) : "–",
      host: placement?.hostId ?? "–", demand: demand ?? "–", verdictReason: verdictReason(app),
      hasVerdictReason: !verdictReason(app).isEmpty, findings: findings, hasFindings: !findings.isEmpty)
  }

  /// `Target: windows-container on ecs-ec2 (needs Windows: runtime … runs on Windows only).`
  static func targetSentence(_ target: Target) -> String {
    let on = target.platform.map { " on \($0.rawValue)" } ?? ""
    return "Target: \(target.kind.rawValue)\(on) (\(target.reason))."
  }

  /// Why an application does not move, in a sentence; empty for one that moves (its score says it).
  private func verdictReason(_ app: AssessedApplication) -> String {
    let scoring = outcome.scenario.scoring
    switch app.verdict {
    case .ready, .minor, .major:
      return ""
    case .insufficientData:
      let assessed = Set(ConfidenceEstimator.assessedFields)
      let missing = app.dataGaps.filter(assessed.contains)
      return "Insufficient data: confidence \(ReportFormatting.number(app.confidence, decimals: 2)) is under "
        + "\(ReportFormatting.number(scoring.minConfidence, decimals: 2)) (scoring.min_confidence); "
        + "\(missing.count) of \(assessed.count) assessed fields are unknown and were scored best-case. "
        + "Collect: \(missing.joined(separator: ", "))."
    case .unsuitable where !app.blockers.isEmpty:
      return "Unsuitable: blocked by \(app.blockers.joined(separator: ", "))."
    case .unsuitable:
      let deductions = app.findings.filter { $0.points > 0 }.map {
        "\($0.id) (−\(ReportFormatting.compact($0.points)))"
      }
      return "Unsuitable by score, with no blocker: \(ReportFormatting.compact(app.score)) is under the major band "
        + "(\(ReportFormatting.compact(scoring.bands.major))), brought there by \(deductions.joined(separator: ", "))."
    }
  }
}
