import Foundation
import XCTest

@testable import ContainerFitModel

final class ScenarioLoaderTests: XCTestCase {
  private func load(_ yaml: String) throws -> Scenario {
    try ScenarioLoader.decode(Data(yaml.utf8), file: "s.yaml")
  }

  func testEmptyFileGivesTheDefaults() throws {
    XCTAssertEqual(try load(""), Scenario())
  }

  func testKeysOverrideDefaultsAndTheRestStay() throws {
    let scenario = try load(
      """
      name: big-hosts
      host:
        shape: m5.8xlarge
        target_utilization_pct: 70
      isolation: hyperv
      licensing: { edition: datacenter }
      scoring:
        weights: { registry-write: 20 }
        bands: { ready: 85 }
      """)
    XCTAssertEqual(scenario.name, "big-hosts")
    XCTAssertEqual(scenario.host.shape, "m5.8xlarge")
    XCTAssertEqual(scenario.host.targetUtilizationPct, 70)
    XCTAssertEqual(scenario.host.reservedCores, Facts.reservedCores.value)
    XCTAssertEqual(scenario.isolation, .hyperv)
    XCTAssertEqual(scenario.licensing.edition, .datacenter)
    XCTAssertEqual(scenario.scoring.weights, ["registry-write": 20])
    XCTAssertEqual(scenario.scoring.bands.ready, 85)
    XCTAssertEqual(scenario.scoring.bands.minor, 60)
  }

  func testUnknownKeysAreErrorsNamingTheKeyPath() {
    XCTAssertThrowsError(try load("host:\n  coress: 16\n")) {
      XCTAssertEqual($0 as? ScenarioError, .unknownKey(file: "s.yaml", key: "host.coress"))
    }
    XCTAssertThrowsError(try load("isolaton: process\n")) {
      XCTAssertEqual($0 as? ScenarioError, .unknownKey(file: "s.yaml", key: "isolaton"))
    }
    XCTAssertThrowsError(try load("effort:\n  baseline: 5\n")) {
      XCTAssertEqual($0 as? ScenarioError, .unknownKey(file: "s.yaml", key: "effort.baseline"))
    }
  }

  func testEffortAndMinimumConfidenceAreReadWithTheirDefaultsKept() throws {
    let scenario = try load("effort:\n  platform_days: 60\nscoring:\n  min_confidence: 0.7\n")
    XCTAssertEqual(scenario.effort.platformDays, 60)
    XCTAssertEqual(scenario.effort.baselineDays, 3)
    XCTAssertEqual(scenario.effort.dayRate, 800)
    XCTAssertEqual(scenario.scoring.minConfidence, 0.7)
    XCTAssertEqual(try load("").scoring.minConfidence, 0.5)
  }

  func testBadValuesAreErrorsNamingTheKey() {
    XCTAssertThrowsError(try load("isolation: sometimes\n")) { error in
      guard case .badValue(_, let key, _)? = error as? ScenarioError else { return XCTFail("\(error)") }
      XCTAssertEqual(key, "isolation")
    }
    XCTAssertThrowsError(try load("host:\n  target_utilization_pct: 120\n")) { error in
      guard case .badValue(_, let key, _)? = error as? ScenarioError else { return XCTFail("\(error)") }
      XCTAssertEqual(key, "host.target_utilization_pct")
    }
    XCTAssertThrowsError(try load("allowed_host_builds: [17763, 9600]\n")) { error in
      guard case .badValue(_, let key, _)? = error as? ScenarioError else { return XCTFail("\(error)") }
      XCTAssertEqual(key, "allowed_host_builds")
    }
    XCTAssertThrowsError(try load("scoring:\n  min_confidence: 1.5\n")) { error in
      guard case .badValue(_, let key, _)? = error as? ScenarioError else { return XCTFail("\(error)") }
      XCTAssertEqual(key, "scoring.min_confidence")
    }
    XCTAssertThrowsError(try load("effort:\n  baseline_days: -1\n")) { error in
      guard case .badValue(_, let key, _)? = error as? ScenarioError else { return XCTFail("\(error)") }
      XCTAssertEqual(key, "effort.baseline_days")
    }
  }

  func testPlatformBuildsAndHorizonAreCheckedWithTheRuleNamed() throws {
    let cases: [(String, String, String)] = [
      (
        "allowed_host_builds: [14393, 20348]\n", "allowed_host_builds",
        "14393 (ltsc2016) is never a target: its support ends 2027-01-11"
      ),
      (
        "platform: eks\nallowed_host_builds: [17763]\n", "allowed_host_builds",
        "platform eks runs Windows containers on 20348, 26100 only, none of 17763"
      ),
      ("migration: { horizon_months: 0 }\n", "migration.horizon_months", "must be between 1 and 240"),
    ]
    for (text, key, detail) in cases {
      XCTAssertThrowsError(try load(text)) {
        XCTAssertEqual($0 as? ScenarioError, .badValue(file: "s.yaml", key: key, detail: detail))
      }
    }
    let defaults = try load("")
    XCTAssertEqual(defaults.platform, .ecsEC2)
    XCTAssertEqual(defaults.allowedHostBuilds, [26100, 20348])
    XCTAssertEqual(defaults.migration.horizonMonths, 36)
    XCTAssertTrue(defaults.targets.linux)
    let fargate = try load("platform: ecs-fargate\ntargets: { linux: false }\nmigration: { horizon_months: 60 }\n")
    XCTAssertEqual(fargate.platform, .ecsFargate)
    XCTAssertFalse(fargate.targets.linux)
    XCTAssertEqual(fargate.migration.horizonMonths, 60)
  }

  func testPerCoreLicencesInTheCloudAreRefusedNamingAWSsRule() throws {
    XCTAssertThrowsError(try load("licensing: { model: per-core }\n")) { error in
      guard case .badValue(_, let key, let detail)? = error as? ScenarioError else { return XCTFail("\(error)") }
      XCTAssertEqual(key, "licensing.model")
      XCTAssertTrue(detail.contains("bought before 2019-10-01"), detail)
    }
    let byol = try load(
      "licensing: { model: per-core, byol_eligible: true }\nhost: { tenancy: dedicated-host }\n"
        + "allowed_host_builds: [17763]\n")
    XCTAssertEqual(byol.host.tenancy, .dedicatedHost)
    XCTAssertEqual(try load("platform: on-prem\nlicensing: { model: per-core }\n").licensing.model, .perCore)
    let current = try load("current: { vm_cost_per_vcpu_year: 120 }\nlicensing: { current_basis: amortized }\n")
    XCTAssertEqual(current.current.vmCostPerVCPUYear, 120)
    XCTAssertEqual(current.licensing.currentBasis, .amortized)
  }

  func testHostOverridesNeedAShapeToOverride() throws {
    XCTAssertThrowsError(try load("host: { cores: 32, memory_gb: 128 }\n")) {
      XCTAssertEqual(
        $0 as? ScenarioError,
        .badValue(
          file: "s.yaml", key: "host.cores",
          detail: "changes one host shape: name it in host.shape, or set host.shape: null for a custom host"))
    }
    XCTAssertEqual(try load("host: { shape: null, cores: 32, memory_gb: 128 }\n").host.cores, 32)
    XCTAssertEqual(try load("host: { shape: m7i.8xlarge, memory_gb: 120 }\n").host.memoryGB, 120)
  }

  func testTheOlderOrchestratorKeyIsReadAsThePlatform() throws {
    XCTAssertEqual(try load("orchestrator: ecs\n").platform, .ecsEC2)
    XCTAssertEqual(try load("orchestrator: self-managed\n").platform, .selfManaged)
    XCTAssertEqual(try load("orchestrator: ecs\nplatform: on-prem\n").platform, .onPrem)
    XCTAssertThrowsError(try load("orchestrator: nomad\n")) { error in
      guard case .badValue(_, let key, _)? = error as? ScenarioError else { return XCTFail("\(error)") }
      XCTAssertEqual(key, "orchestrator")
    }
  }

  func testJSONScenariosAreAccepted() throws {
    let scenario = try load(#"{"name": "j", "memory_policy": "unbounded-workaround"}"#)
    XCTAssertEqual(scenario.memoryPolicy, .unboundedWorkaround)
  }

  func testTheShippedExampleScenariosLoad() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Inventories/scenarios")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
    XCTAssertFalse(files.isEmpty)
    for file in files {
      XCTAssertNoThrow(try ScenarioLoader.load(path: folder.appendingPathComponent(file).path), file)
    }
  }
}

extension ScenarioLoaderTests {
  func testAScenarioRoundTripsThroughJSONIncludingACustomHost() throws {
    var scenario = try load("host:\n  shape: null\n  cores: 24\n  memory_gb: 96\n")
    XCTAssertNil(scenario.host.shape)
    let data = try JSONEncoder().encode(scenario)
    let decoded = try ScenarioLoader.decode(data, file: "s.json")
    XCTAssertEqual(decoded, scenario)
    scenario.name = "x"
    XCTAssertNotEqual(decoded, scenario)
  }
}
