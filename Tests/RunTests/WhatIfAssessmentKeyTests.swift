import ContainerFitAssessment
import ContainerFitImport
import ContainerFitModel
import XCTest

@testable import ContainerFitRun

/// Variants of a what-if share one scoring when their `assessmentKey`s are equal, so the key must
/// hold every scenario value the assessment reads. Each scenario value is changed in turn: when the
/// change alters the assessment of an estate, the key must change too. A scenario value added
/// without an entry in `changes` fails the test, so nobody forgets to decide where it belongs.
final class WhatIfAssessmentKeyTests: XCTestCase {
  /// A change of each scenario value, by its property path.
  private static let changes: [String: @Sendable (inout Scenario) -> Void] = {
    let findingIds = Set(RuleRegistry.findingDefaults.map(\.id))
    return [
      "version": { $0.version = 2 },
      "name": { $0.name = "variant" },
      "host.shape": { $0.host.shape = "m5.2xlarge" },
      "host.shapes": { $0.host.shapes = ["m7i.8xlarge"] },
      "host.cores": { $0.host.cores = 16 },
      "host.memoryGB": { $0.host.memoryGB = 64 },
      "host.osBuild": { $0.host.osBuild = 17763 },
      "host.platform": { $0.host.platform = .physical },
      "host.targetUtilizationPct": { $0.host.targetUtilizationPct = 50 },
      "host.reservedCores": { $0.host.reservedCores = 3 },
      "host.reservedMemoryGB": { $0.host.reservedMemoryGB = 9 },
      "host.hourlyPrice": { $0.host.hourlyPrice = 1.5 },
      "host.licenseEdition": { $0.host.licenseEdition = .datacenter },
      "allowedHostBuilds": { $0.allowedHostBuilds = [17763] },
      "platform": { $0.platform = .eks },
      "targets.linux": { $0.targets.linux = false },
      "migration.horizonMonths": { $0.migration.horizonMonths = 120 },
      "isolation": { $0.isolation = .process },
      "memoryPolicy": { $0.memoryPolicy = .unboundedWorkaround },
      "hyperv.cpuOverheadPct": { $0.hyperv.cpuOverheadPct = 40 },
      "hyperv.memoryModel": { $0.hyperv.memoryModel = .fixed },
      "hyperv.memoryOverheadGB": { $0.hyperv.memoryOverheadGB = 2 },
      "licensing.model": { $0.licensing.model = .included },
      "licensing.edition": { $0.licensing.edition = .datacenter },
      "licensing.currency": { $0.licensing.currency = "EUR" },
      "licensing.byolEligible": { $0.licensing.byolEligible = true },
      "licensing.currentBasis": { $0.licensing.currentBasis = .amortized },
      "licensing.saPct": { $0.licensing.saPct = 30 },
      "host.tenancy": { $0.host.tenancy = .dedicatedHost },
      "host.spread": { $0.host.spread = .nPlusOne },
      "host.minHostsPerPool": { $0.host.minHostsPerPool = 3 },
      "current.vmCostPerVCPUYear": { $0.current.vmCostPerVCPUYear = 100 },
      "current.physicalServerYear": { $0.current.physicalServerYear = 3000 },
      "pricing.ec2DiscountPct": { $0.pricing.ec2DiscountPct = 30 },
      "pricing.regionFactor": { $0.pricing.regionFactor = 1.1 },
      "licensing.standardPricePer16Cores": { $0.licensing.standardPricePer16Cores *= 2 },
      "licensing.datacenterPricePer16Cores": { $0.licensing.datacenterPricePer16Cores *= 2 },
      "licensing.amortizationYears": { $0.licensing.amortizationYears = 5 },
      "licensing.cloudPricePerVCPUHour": { $0.licensing.cloudPricePerVCPUHour *= 2 },
      "scoring.weights": { scenario in for id in findingIds { scenario.scoring.weights[id] = 1 } },
      "scoring.effortDays": { scenario in for id in findingIds { scenario.scoring.effortDays[id] = 9 } },
      "scoring.bands.ready": { $0.scoring.bands.ready = 90 },
      "scoring.bands.minor": { $0.scoring.bands.minor = 70 },
      "scoring.bands.major": { $0.scoring.bands.major = 50 },
      "scoring.minConfidence": { $0.scoring.minConfidence = 0.9 },
      "effort.baselineDays": { $0.effort.baselineDays = 7 },
      "effort.platformDays": { $0.effort.platformDays = 90 },
      "effort.dayRate": { $0.effort.dayRate = 1200 },
      "waves.pilotApps": { $0.waves.pilotApps = 2 },
      "waves.maxApps": { $0.waves.maxApps = 3 },
      "waves.maxEffortDays": { $0.waves.maxEffortDays = 10 },
    ]
  }()

  func testEveryScenarioValueHasAChangeToTry() {
    XCTAssertEqual(
      Set(Self.valuePaths(of: Scenario())), Set(Self.changes.keys),
      "a scenario value without a change here (or a change of a value that is gone)")
  }

  func testAScenarioValueThatChangesTheAssessmentChangesTheAssessmentKey() throws {
    var servers: [Server] = []
    var applications: [Application] = []
    EstateGenerator(servers: 80, appsPerServer: 4, seed: 11).forEach { server, apps in
      servers.append(server)
      applications += apps
    }
    let estate = Estate(servers: servers, applications: applications)
    // Some values matter only beside others: the host's build stands in for the allowed builds
    // when none are given, so each change is also tried on a scenario that gives none.
    var noAllowedBuilds = Scenario()
    noAllowedBuilds.allowedHostBuilds = []
    for base in [Scenario(), noAllowedBuilds] {
      let baseline = try Assessor(scenario: base, asOf: "2025-07-01").assess(estate)
      for (path, change) in Self.changes.sorted(by: { $0.key < $1.key }) {
        var scenario = base
        change(&scenario)
        let assessed = try Assessor(scenario: scenario, asOf: "2025-07-01").assess(estate)
        guard assessed != baseline else { continue }
        XCTAssertNotEqual(
          WhatIfVariant(number: 1, assignments: [], scenario: scenario).assessmentKey,
          WhatIfVariant(number: 1, assignments: [], scenario: base).assessmentKey,
          "\(path) changes the assessment, so WhatIfVariant.assessmentKey must hold it")
      }
    }
  }

  /// The dotted property paths of a scenario's values: settings groups are followed, anything else
  /// (numbers, text, enums, lists, dictionaries, optionals) is a value.
  private static func valuePaths(of value: Any, prefix: String = "") -> [String] {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .struct, prefix.isEmpty || !mirror.children.isEmpty else { return [prefix] }
    return mirror.children.flatMap { child -> [String] in
      guard let label = child.label else { return [] }
      let path = prefix.isEmpty ? label : "\(prefix).\(label)"
      return Mirror(reflecting: child.value).displayStyle == .struct
        ? valuePaths(of: child.value, prefix: path) : [path]
    }
  }
}
