import ContainerFitAssessment
import ContainerFitModel

/// The methodology appendix: every rule's own description, and every parameter in force with its
/// source, assumptions labelled.
enum MethodologyCatalogue {
  static func rules() -> [ReportView.RuleRow] {
    RuleRegistry.all.map { rule in
      let weights = rule.defaultWeights.sorted { $0.key < $1.key }
        .map { "\($0.key) \(ReportFormatting.compact($0.value))" }.joined(separator: ", ")
      return ReportView.RuleRow(id: rule.id, title: rule.title, description: rule.description, weights: weights)
    }
  }

  static func parameters(_ scenario: Scenario) -> [ReportView.ParameterRow] {
    func row(_ key: String, _ value: String, _ fact: Fact<Double>?) -> ReportView.ParameterRow {
      ReportView.ParameterRow(
        key: key, value: value, source: fact?.source ?? "scenario", assumption: fact?.isAssumption ?? false)
    }
    let host = scenario.host
    let hyperv = scenario.hyperv
    let licensing = scenario.licensing
    let bands = scenario.scoring.bands
    var rows: [ReportView.ParameterRow] = [
      ReportView.ParameterRow(key: "name", value: scenario.name, source: "scenario", assumption: false),
      ReportView.ParameterRow(
        key: "host.shape", value: host.shape ?? "custom", source: "scenario; EC2 catalogue from AWS us-east-1 prices",
        assumption: false),
      ReportView.ParameterRow(key: "host.os_build", value: String(host.osBuild), source: "scenario", assumption: false),
      row(
        "host.target_utilization_pct", ReportFormatting.compact(host.targetUtilizationPct), Facts.targetUtilizationPct),
      row("host.reserved_cores", ReportFormatting.compact(host.reservedCores), Facts.reservedCores),
      row("host.reserved_memory_gb", ReportFormatting.compact(host.reservedMemoryGB), Facts.reservedMemoryGB),
      ReportView.ParameterRow(
        key: "allowed_host_builds", value: scenario.allowedHostBuilds.map(String.init).joined(separator: ", "),
        source: "scenario", assumption: false),
      ReportView.ParameterRow(
        key: "platform", value: scenario.platform.rawValue,
        source: "builds \(scenario.platform.windowsBuilds.map(String.init).joined(separator: ", ")); "
          + (scenario.platform.runsHypervIsolation
            ? "runs Hyper-V isolation" : "no Hyper-V isolation (ECS sets none; Kubernetes does not support it)")
          + " (facts.md, 2026-12 update)",
        assumption: false),
      ReportView.ParameterRow(
        key: "migration.horizon_months", value: String(scenario.migration.horizonMonths),
        source: "targets-and-economics.md §2 default; the base image's support should outlast it", assumption: true),
      ReportView.ParameterRow(
        key: "targets.linux", value: String(scenario.targets.linux), source: "scenario", assumption: false),
      ReportView.ParameterRow(
        key: "isolation", value: scenario.isolation.rawValue, source: "scenario", assumption: false),
      ReportView.ParameterRow(
        key: "memory_policy", value: scenario.memoryPolicy.rawValue,
        source: "Windows containers have only a memory limit (seed article; ECS documentation)", assumption: false),
      row(
        "hyperv.cpu_overhead_pct", ReportFormatting.compact(hyperv.cpuOverheadPct), Facts.hypervCPUOverheadBareMetalPct),
      ReportView.ParameterRow(
        key: "hyperv.memory_model", value: hyperv.memoryModel.rawValue,
        source: Facts.hypervUtilityVMExtraMB.source, assumption: Facts.hypervUtilityVMExtraMB.isAssumption),
      ReportView.ParameterRow(
        key: "licensing.model", value: licensing.model.rawValue, source: "scenario", assumption: false),
      ReportView.ParameterRow(
        key: "licensing.edition", value: licensing.edition.rawValue, source: "scenario", assumption: false),
      row(
        "licensing.standard_price_per_16_cores", ReportFormatting.number(licensing.standardPricePer16Cores),
        Facts.standardPricePer16Cores),
      row(
        "licensing.datacenter_price_per_16_cores", ReportFormatting.number(licensing.datacenterPricePer16Cores),
        Facts.datacenterPricePer16Cores),
      row(
        "licensing.amortization_years", ReportFormatting.compact(licensing.amortizationYears),
        Facts.licenceAmortizationYears),
      row(
        "licensing.cloud_price_per_vcpu_hour", String(licensing.cloudPricePerVCPUHour), Facts.cloudLicencePerVCPUHour),
      ReportView.ParameterRow(
        key: "scoring.bands",
        value:
          "ready ≥ \(ReportFormatting.compact(bands.ready)), minor ≥ \(ReportFormatting.compact(bands.minor)), major ≥ \(ReportFormatting.compact(bands.major))",
        source: "PRODUCT.md verdict bands", assumption: false),
      ReportView.ParameterRow(
        key: "scoring.min_confidence", value: ReportFormatting.number(scenario.scoring.minConfidence, decimals: 2),
        source: "targets-and-economics.md §1: below it, insufficient-data", assumption: true),
      ReportView.ParameterRow(
        key: "effort.baseline_days", value: ReportFormatting.compact(scenario.effort.baselineDays),
        source: "targets-and-economics.md §7: per moving application", assumption: true),
      ReportView.ParameterRow(
        key: "effort.platform_days", value: ReportFormatting.compact(scenario.effort.platformDays),
        source: "targets-and-economics.md §7: once per estate", assumption: true),
      ReportView.ParameterRow(
        key: "effort contingency", value: ReportFormatting.number(EffortEstimate.baseContingency * 100) + "%",
        source: "+ (1 − confidence) per application at the high end; docs/scoring.md", assumption: true),
    ]
    for (key, value) in scenario.scoring.weights.sorted(by: { $0.key < $1.key }) {
      rows.append(
        ReportView.ParameterRow(
          key: "scoring.weights.\(key)", value: ReportFormatting.compact(value), source: "scenario override",
          assumption: false))
    }
    for (key, value) in scenario.scoring.effortDays.sorted(by: { $0.key < $1.key }) {
      rows.append(
        ReportView.ParameterRow(
          key: "scoring.effort_days.\(key)", value: ReportFormatting.compact(value), source: "scenario override",
          assumption: false))
    }
    return rows
  }
}
