import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun
import Foundation

extension ReportView {
  /// The server-level first look: the servers no application names, what they run and until when,
  /// the estimate of their hosts, the machines to retire, and what to collect next.
  struct ServerLook: Sendable {
    struct ServerRow: Sendable {
      var id, hostname, os, supportEnds, size, build, power: String
    }

    struct RetireRow: Sendable {
      var name, reason, location: String
    }

    var text: String
    var deadlines: String
    var rows: [ServerRow]
    var rowsNote: String
    var retire: [RetireRow]
    var hasRetire: Bool
    var retireNote: String
    var collect: String
  }
}

extension ReportViewBuilder {
  /// Rows of the server and retirement tables; assessment.json lists every one.
  static let serverRowLimit = 200

  /// The first look at the servers with no known application, or `nil` when every server has one.
  func serverLook(currency: String) -> ReportView.ServerLook? {
    guard let estimate = outcome.serverEstimate else { return nil }
    let servers = AssessmentDocument.servers(of: outcome).filter { $0.applications == 0 && !$0.placeholder }
    let today = String(outcome.context.createdAtISO8601.prefix(10))
    let rows = servers.prefix(Self.serverRowLimit).map { server in
      ReportView.ServerLook.ServerRow(
        id: server.id, hostname: server.hostname ?? "–",
        os: server.osName ?? server.osBuild.map { "build \($0)" } ?? "unknown",
        supportEnds: server.supportEnds.map { "\($0) (\(Self.timeUntil($0, from: today)))" } ?? "unknown",
        size: server.outcome == "unsized"
          ? "unknown"
          : "\(server.cores.map(String.init) ?? "?") vCPU, \(ReportFormatting.compact(server.memoryGB ?? 0)) GiB",
        build: server.outcome == "unsized" ? "–" : ContainerBuildChooser.label(estimate.containerBuild),
        power: server.powerState ?? "–")
    }
    let retire = outcome.estate.outOfScope.filter { Self.isRetirementCandidate($0.reason) }
    return ReportView.ServerLook(
      text: estimateText(estimate, currency: currency), deadlines: deadlineText(servers, today: today),
      rows: Array(rows),
      rowsNote: servers.count > rows.count
        ? "The first \(rows.count) of \(ReportFormatting.integer(servers.count)) servers; assessment.json lists them all "
          + "(`servers`, outcome `server-estimate` or `unsized`)." : "",
      retire: retire.prefix(Self.serverRowLimit).map {
        ReportView.ServerLook.RetireRow(name: $0.name, reason: $0.reason, location: $0.location.description)
      },
      hasRetire: !retire.isEmpty,
      retireNote: retire.isEmpty
        ? "No powered-off VM or template was delivered."
        : "\(ReportFormatting.integer(retire.count)) powered-off VMs and templates are candidates to retire: nothing "
          + "runs on them today, so confirm with their owners and delete them rather than migrate them"
          + (retire.count > Self.serverRowLimit
            ? " (the first \(Self.serverRowLimit) are listed; assessment.json "
              + "lists them all under `outOfScope`)." : "."),
      collect: collectText(servers))
  }

  private func estimateText(_ estimate: ServerEstimate, currency: String) -> String {
    let sized = estimate.sizedByUtilisation + estimate.sizedByAllocation
    var parts = [
      "\(ReportFormatting.integer(estimate.servers)) servers have no known application. What follows is a "
        + "server-level estimate, not an assessment: no application on them has been scored, so none of them is "
        + "counted as retired, and the estimate sizes the opportunity rather than a plan."
    ]
    if sized > 0 {
      let shapes = estimate.shapes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        .map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
      parts.append(
        "If each server's workload moved as one unit into a process-isolated Windows container on "
          + "\(ContainerBuildChooser.label(estimate.containerBuild)), the \(ReportFormatting.integer(sized)) servers with a "
          + "size would fit on \(ReportFormatting.integer(estimate.hosts)) hosts (\(shapes)); no plan with these pools "
          + "uses fewer than \(ReportFormatting.integer(estimate.lowerBoundHosts)), none at all fewer than "
          + "\(ReportFormatting.integer(estimate.poolFreeLowerBoundHosts)) \(estimate.poolFreeShape). They would cost "
          + "\(ReportFormatting.money(estimate.annualCompute, currency: currency)) of compute and "
          + "\(ReportFormatting.money(estimate.annualLicence, currency: currency)) of Windows licences a year.")
      parts.append(
        "Each workload is the server's allocation × its peak utilisation"
          + (estimate.sizedByAllocation > 0
            ? "; for \(ReportFormatting.integer(estimate.sizedByAllocation)) servers the utilisation is unknown and "
              + "the whole allocation is taken (an assumption: the estimate is then an upper bound of their demand)"
            : "") + ".")
    }
    if !estimate.unsizedServerIds.isEmpty {
      parts.append(
        "\(ReportFormatting.integer(estimate.unsizedServerIds.count)) servers have no core count or memory and are "
          + "left out of the estimate.")
    }
    if !estimate.unplacedServerIds.isEmpty {
      parts.append(
        "\(ReportFormatting.integer(estimate.unplacedServerIds.count)) servers are larger than any host shape as one "
          + "unit: \(estimate.unplacedServerIds.prefix(5).joined(separator: ", "))"
          + (estimate.unplacedServerIds.count > 5 ? ", …" : "") + ".")
    }
    return parts.joined(separator: " ")
  }

  /// How many of `servers` run each release whose support ends within the migration horizon, and when.
  private func deadlineText(_ servers: [AssessmentDocument.ServerResult], today: String) -> String {
    let horizon = ContainerBuildChooser.date(today, plusMonths: outcome.scenario.migration.horizonMonths)
    var byRelease: [String: (count: Int, name: String)] = [:]
    var unknown = 0
    for server in servers {
      guard let build = server.osBuild, let release = WindowsRelease.release(ofBuild: build),
        let end = release.extendedEnd
      else {
        unknown += 1
        continue
      }
      guard end <= horizon else { continue }
      byRelease[end, default: (0, release.name)].count += 1
    }
    var parts = byRelease.sorted { $0.key < $1.key }.map { end, entry in
      "\(ReportFormatting.integer(entry.count)) run \(entry.name), whose support "
        + (end < today ? "ended \(end)" : "ends \(end), \(Self.timeUntil(end, from: today)) after this run")
    }
    if parts.isEmpty {
      parts.append(
        "No server's Windows support ends within the \(outcome.scenario.migration.horizonMonths)-month horizon")
    }
    if unknown > 0 { parts.append("\(ReportFormatting.integer(unknown)) run a release whose support end is unknown") }
    return "Support deadlines: " + parts.joined(separator: "; ") + "."
  }

  private func collectText(_ servers: [AssessmentDocument.ServerResult]) -> String {
    let names = servers.map { $0.hostname ?? $0.id }
    return "What to collect next: run the per-server collection block (docs/real-world-inputs.md) on each of these "
      + "\(ReportFormatting.integer(servers.count)) servers and add the folders it writes to the inputs: "
      + names.prefix(20).joined(separator: ", ") + (names.count > 20 ? ", and \(names.count - 20) more" : "")
      + ". Its services, scheduled tasks, IIS sites, installed products, Windows features and code page turn each "
      + "server into assessed applications."
  }

  /// Powered-off VMs and templates: nothing runs on them, so they are retired rather than migrated.
  static func isRetirementCandidate(_ reason: String) -> Bool {
    reason == "powered off" || reason == "VM template"
  }

  /// "5 weeks", "14 months", or "ended" for a date before `today` (both `YYYY-MM-DD`).
  static func timeUntil(_ date: String, from today: String) -> String {
    guard let end = day(date), let start = day(today) else { return date }
    let days = Int((end.timeIntervalSince(start) / 86_400).rounded())
    if days < 0 { return "ended" }
    if days < 7 * 26 { return "\(max(1, Int((Double(days) / 7).rounded()))) weeks" }
    return "\(days * 12 / 365) months"
  }

  private static func day(_ text: String) -> Date? {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
  }
}
