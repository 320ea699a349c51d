import ContainerFitRun

/// The figures of one what-if scenario, as its `assessment.json` states them.
public struct WhatIfRow: Sendable, Hashable {
  public var number: Int
  public var runId: String
  /// `host.shape=m5.2xlarge, isolation=process`.
  public var label: String
  public var assignments: [ScenarioVariation.Assignment]
  public var hosts: Int
  /// Fargate tasks (`ecs-fargate`), which are not hosts.
  public var fargateTasks = 0
  public var lowerBoundHosts: Int
  /// Cores and memory of all target hosts.
  public var cores: Double
  public var memoryGB: Double
  public var decommissionedServers: Int
  /// Applications the plan places on hosts: costs compare only between scenarios that place as many.
  public var placedApplications: Int
  /// A year's cost of the estate before and after (licences and compute, the servers that stay
  /// included), and their difference as a saving (negative: the plan costs more); a document
  /// written before costs gives its licence comparison instead.
  public var currentAnnualCost: Double
  public var targetAnnualCost: Double
  public var annualSavings: Double
  public var currency: String
  /// Extra hosts of Hyper-V isolation for all over process isolation for all, in percent.
  /// `nil` when the all-process and all-Hyper-V plans place different applications (not compared).
  public var hypervOverheadPct: Double?

  /// The row of a variant's finished run.
  public init(variant: WhatIfVariant, document: AssessmentDocument) {
    number = variant.number
    runId = document.run.id
    label = variant.label
    assignments = variant.assignments
    hosts = document.summary.consolidation.targetHosts
    fargateTasks = document.summary.consolidation.fargateTasks ?? 0
    lowerBoundHosts = document.summary.consolidation.lowerBoundHosts
    cores = document.hosts.reduce(0) { $0 + $1.cores }
    memoryGB = document.hosts.reduce(0) { $0 + $1.memoryGB }
    decommissionedServers = document.summary.consolidation.decommissionedServers
    // Files written before the count: the applications given a host.
    placedApplications =
      document.summary.consolidation.placedApplications
      ?? document.applications.reduce(0) { $0 + ($1.hostId == nil ? 0 : 1) }
    if let cost = document.summary.cost {
      currentAnnualCost = cost.before.total
      targetAnnualCost = cost.after.total
      annualSavings = -cost.annualDifference
    } else {
      currentAnnualCost = document.summary.licensing.currentAnnualCost
      targetAnnualCost = document.summary.licensing.targetAnnualCost
      annualSavings = document.summary.licensing.annualSavings
    }
    currency = document.summary.licensing.currency
    hypervOverheadPct =
      document.summary.isolation.comparable == false ? nil : document.summary.isolation.hypervOverheadPct
  }

  /// A row from its figures (tests).
  public init(
    number: Int, runId: String, assignments: [ScenarioVariation.Assignment], hosts: Int, lowerBoundHosts: Int,
    cores: Double, memoryGB: Double, targetAnnualCost: Double, annualSavings: Double, currency: String = "USD",
    placedApplications: Int = 0
  ) {
    self.placedApplications = placedApplications
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
