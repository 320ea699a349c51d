import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun

extension ReportView {
  /// One migration wave as the report lists it, with what has been realised up to it.
  struct WaveRow: Sendable {
    var wave, reason, applications, effort, serversFreed, hosts, difference: String
  }
}

extension ReportViewBuilder {
  /// Waves listed in the report (and charted); waves.csv and assessment.json hold them all.
  static let waveRowLimit = 30

  func waveRows(currency: String) -> [ReportView.WaveRow] {
    var freed = 0
    return outcome.waves.waves.prefix(Self.waveRowLimit).map { wave in
      freed += wave.serversFreed
      let difference = wave.cumulativeAnnualDifference
      return ReportView.WaveRow(
        wave: String(wave.number), reason: wave.reason, applications: ReportFormatting.integer(wave.applications),
        effort: ReportFormatting.number(wave.effortDays), serversFreed: "\(wave.serversFreed) (\(freed))",
        hosts: ReportFormatting.integer(wave.cumulativeHosts),
        difference: (difference < -0.5 ? "−" : "+") + ReportFormatting.money(abs(difference), currency: currency))
    }
  }

  func wavesNote() -> String {
    let plan = outcome.waves
    guard !plan.waves.isEmpty else { return "No application moves, so there is no wave to plan." }
    let settings = outcome.scenario.waves
    return "\(plan.order.count) applications in \(plan.waves.count) waves (waves.pilot_apps "
      + "\(settings.pilotApps), waves.max_apps \(settings.maxApps), waves.max_effort_days "
      + "\(ReportFormatting.compact(settings.maxEffortDays))): a pilot of ready applications of different kinds, then "
      + "the servers whose Windows support ends soonest, each server's applications together so it empties at once. "
      + "Servers freed: in the wave (so far). The difference a year so far counts the new hosts the moved applications "
      + "occupy against the freed servers' licences (per server) and hosting (when priced)."
      + (plan.waves.count > Self.waveRowLimit
        ? " The first \(Self.waveRowLimit) waves are listed; waves.csv and assessment.json have them all." : "")
  }

  func wavesChart() -> String {
    let waves = outcome.waves.waves.prefix(Self.waveRowLimit)
    var freed = 0
    return SVGGroupedBarChart(
      title: "Migration waves", description: "Cumulative hosts and servers freed after each wave.",
      series: [ChartSeries(name: "hosts so far"), ChartSeries(name: "servers freed so far")],
      groups: waves.map { wave in
        freed += wave.serversFreed
        return ChartGroup(label: "w\(wave.number)", values: [Double(wave.cumulativeHosts), Double(freed)])
      }, scale: .shared, highlightedGroup: nil
    ).render()
  }
}
