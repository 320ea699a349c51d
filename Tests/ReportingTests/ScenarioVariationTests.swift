import ContainerFitModel
import ContainerFitReporting
import ContainerFitRun
import XCTest

final class ScenarioVariationTests: XCTestCase {
  func testShortFormsAndDottedKeysAreParsed() throws {
    XCTAssertEqual(try ScenarioVariation(argument: "host=m5.2xlarge,m5.4xlarge").key, "host.shape")
    XCTAssertEqual(try ScenarioVariation(argument: "edition=standard,datacenter").key, "licensing.edition")
    let variation = try ScenarioVariation(argument: "hyperv.cpu_overhead_pct=9, 12")
    XCTAssertEqual(variation.key, "hyperv.cpu_overhead_pct")
    XCTAssertEqual(variation.values, ["9", "12"])
  }

  func testValuesAreAppliedThroughTheStrictDecoder() throws {
    let scenario = try ScenarioVariation.apply(
      [
        .init(key: "host.shape", value: "m5.2xlarge"), .init(key: "isolation", value: "hyperv"),
        .init(key: "memory_policy", value: "unbounded-workaround"),
        .init(key: "host.target_utilization_pct", value: "70"),
        .init(key: "allowed_host_builds", value: "17763+20348+26100"), .init(key: "name", value: "2024"),
        .init(key: "scoring.weights.registry-write", value: "5"),
      ], to: Scenario())
    XCTAssertEqual(scenario.host.shape, "m5.2xlarge")
    XCTAssertEqual(scenario.isolation, .hyperv)
    XCTAssertEqual(scenario.memoryPolicy, .unboundedWorkaround)
    XCTAssertEqual(scenario.host.targetUtilizationPct, 70)
    XCTAssertEqual(scenario.allowedHostBuilds, [17763, 20348, 26100])
    XCTAssertEqual(scenario.name, "2024")
    XCTAssertEqual(scenario.scoring.weights["registry-write"], 5)
  }

  func testAnAbsentShapeStaysAbsentWhenAnotherKeyIsVaried() throws {
    var base = Scenario()
    base.host.shape = nil
    base.host.cores = 32
    base.host.memoryGB = 128
    let scenario = try ScenarioVariation.apply([.init(key: "isolation", value: "process")], to: base)
    XCTAssertNil(scenario.host.shape)
    XCTAssertEqual(scenario.host.cores, 32)
  }

  func testUnknownKeyIsAnErrorNamingIt() {
    XCTAssertThrowsError(try ScenarioVariation.apply([.init(key: "host.shap", value: "x")], to: Scenario())) {
      XCTAssertEqual($0 as? ScenarioVariationError, .unknownKey(key: "host.shap", path: "host.shap"))
      XCTAssertTrue(($0 as? LocalizedError)?.errorDescription?.contains("'host.shap'") == true)
    }
  }

  func testBadValuesAreErrorsNamingKeyAndValue() {
    for (key, value) in [
      ("isolation", "sometimes"), ("host.target_utilization_pct", "150"), ("host.target_utilization_pct", "high"),
      ("allowed_host_builds", "17763+9999"),
    ] {
      XCTAssertThrowsError(try ScenarioVariation.apply([.init(key: key, value: value)], to: Scenario())) { error in
        guard case .badValue(let badKey, let badValue, _) = error as? ScenarioVariationError else {
          return XCTFail("\(key)=\(value): \(error)")
        }
        XCTAssertEqual(badKey, key)
        XCTAssertEqual(badValue, value)
      }
    }
  }

  func testMalformedArgumentsAreRejected() {
    for argument in ["isolation", "=process", "isolation=process,,hyperv", "host..shape=x", "isolation="] {
      XCTAssertThrowsError(try ScenarioVariation(argument: argument), argument)
    }
  }

  func testMatrixIsTheCrossProductFirstKeySlowest() throws {
    let matrix = try WhatIfMatrix(
      base: Scenario(),
      variations: [
        ScenarioVariation(argument: "host=m5.2xlarge,m5.4xlarge"),
        ScenarioVariation(argument: "isolation=process,hyperv,recommended"),
        ScenarioVariation(argument: "edition=standard,datacenter"),
      ])
    XCTAssertEqual(matrix.variants.count, 12)
    XCTAssertEqual(matrix.variants.map(\.number), Array(1...12))
    XCTAssertEqual(
      matrix.variants[0].label, "host.shape=m5.2xlarge, isolation=process, licensing.edition=standard")
    XCTAssertEqual(
      matrix.variants[11].label, "host.shape=m5.4xlarge, isolation=recommended, licensing.edition=datacenter")
    XCTAssertEqual(matrix.variants[3].scenario.isolation, .hyperv)
    XCTAssertEqual(matrix.variants[3].scenario.licensing.edition, .datacenter)
    XCTAssertEqual(Set(matrix.variants.map(\.scenario)).count, 12)
  }

  func testMatrixRejectsAnUnknownHostShapeAndADuplicateKey() {
    XCTAssertThrowsError(
      try WhatIfMatrix(base: Scenario(), variations: [ScenarioVariation(argument: "host=m5.2xlarge,m9.huge")])
    ) {
      guard case .badValue(let key, let value, _) = $0 as? ScenarioVariationError else { return XCTFail("\($0)") }
      XCTAssertEqual(key, "host.shape")
      XCTAssertEqual(value, "m9.huge")
    }
    XCTAssertThrowsError(
      try WhatIfMatrix(
        base: Scenario(),
        variations: [ScenarioVariation(argument: "isolation=process"), ScenarioVariation(argument: "isolation=hyperv")])
    ) { XCTAssertEqual($0 as? ScenarioVariationError, .duplicateKey(key: "isolation")) }
  }

  func testBestScenarioHasMostSavingsThenFewerHostsThenComesFirst() {
    func row(_ number: Int, hosts: Int, savings: Double) -> WhatIfRow {
      WhatIfRow(
        number: number, runId: "r-v\(number)", assignments: [.init(key: "host.shape", value: "s\(number)")],
        hosts: hosts, lowerBoundHosts: hosts, cores: 0, memoryGB: 0, targetAnnualCost: 0, annualSavings: savings)
    }
    XCTAssertEqual(WhatIfStudy.best([row(1, hosts: 9, savings: 10), row(2, hosts: 5, savings: 30)]), 1)
    XCTAssertEqual(
      WhatIfStudy.best([row(1, hosts: 9, savings: 30), row(2, hosts: 5, savings: 30), row(3, hosts: 5, savings: 30)]),
      1)
    XCTAssertEqual(WhatIfStudy.best([row(1, hosts: 4, savings: -5), row(2, hosts: 4, savings: -5)]), 0)
    XCTAssertNil(WhatIfStudy.best([]))
    let study = WhatIfStudy(
      baseRunId: "r", baseScenarioName: "baseline", keys: ["host.shape"],
      rows: [row(1, hosts: 9, savings: 10), row(2, hosts: 5, savings: 30)])
    XCTAssertEqual(study.best?.number, 2)
  }

  func testWhatIfReportHighlightsTheBestScenario() throws {
    let rows = [1, 2].map { number in
      WhatIfRow(
        number: number, runId: "r-v\(number)", assignments: [.init(key: "isolation", value: number == 1 ? "a" : "b")],
        hosts: 3 * number, lowerBoundHosts: 2, cores: 16, memoryGB: 64, targetAnnualCost: 100,
        annualSavings: Double(number) * 1000)
    }
    let study = WhatIfStudy(baseRunId: "r", baseScenarioName: "baseline", keys: ["isolation"], rows: rows)
    let rendered = try WhatIfReportWriter(toolVersion: "test").render(study)
    XCTAssertTrue(rendered.html.contains(#"<tr class="recommended"><td class="num">v2</td>"#), rendered.html)
    XCTAssertTrue(
      rendered.markdown.contains("| **v2** | b | 6 | 2 | 16 | 64 | USD 100 | USD 2,000 |"), rendered.markdown)
    XCTAssertTrue(rendered.markdown.contains("|--:|---|--:|"))
  }
}
