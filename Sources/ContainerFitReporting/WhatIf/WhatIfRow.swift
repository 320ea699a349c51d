import ContainerFitRun
/// The figures of one what-if scenario, as its `assessment.json` states them.
public struct WhatIfRow: Sendable, Hashable {
  public var number: Int
  public var runId: String
  /// `host.shape=m5.2xlarge, isolation=process`.
  public var label: String
  public var assignments: [ScenarioVariation.Assignment]
  public var hosts: Int
  public var lowerBoundHosts: Int
  /// Cores and memory of all target hosts.
  public var cores: Double
  public var memoryGB: Double
  public var decommissionedServers: Int
  public var currentAnnualCost: Double
  public var targetAnnualCost: Double
  public var annualSavings: Double
  public var currency: String
  /// Extra hosts of Hyper-V isolation for all over process isolation for all, in percent.
  public var hypervOverheadPct: Double

  /// The row of a variant's finished run.
  public init(variant: WhatIfVariant, document: AssessmentDocument) {
    number = variant.number
    runId = document.run.id
    label = variant.label
    assignments = variant.assignments
    hosts = document.summary.consolidation.targetHosts
    lowerBoundHosts = document.summary.consolidation.lowerBoundHosts
    cores = document.hosts.reduce(0) { $0 + $1.cores }
    memoryGB = document.hosts.reduce(0) { $0 + $1.memoryGB }
    decommissionedServers = document.summary.consolidation.decommissionedServers
    currentAnnualCost = document.summary.licensing.currentAnnualCost
    targetAnnualCost = document.summary.licensing.targetAnnualCost
    annualSavings = document.summary.licensing.annualSavings
    currency = document.summary.licensing.currency
    hypervOverheadPct = document.summary.isolation.hypervOverheadPct
  }

  /// A row from its figures (tests).
  public init(
    number: Int, runId: String, assignments: [ScenarioVariation.Assignment], hosts: Int, lowerBoundHosts: Int,
    cores: Double, memoryGB: Double, targetAnnualCost: Double, annualSavings: Double, currency: String = "USD"
  ) {
    self.number = number
    self.runId = runId
    self.label = assignments.map(\.text).joined(separator: ", ")
    self.assignments = assignments
    self.hosts = hosts
    self.lowerBoundHosts = lowerBoundHosts
    self.cores = cores
    self.memoryGB = memoryGB
    decommissionedServers = 0
    currentAnnualCost = targetAnnualCost + annualSavings
    self.targetAnnualCost = targetAnnualCost
    self.annualSavings = annualSavings
    self.currency = currency
    hypervOverheadPct = 0
  }
}
