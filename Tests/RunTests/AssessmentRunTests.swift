import ContainerFitModel
import ContainerFitRun
import Foundation
import XCTest

final class AssessmentRunTests: XCTestCase {
  private let context = RenderContext(
    runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
  private let harbourline = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Inventories/harbourline").path

  func testAWhatIfGivesEachVariantWhatItsOwnRunGives() throws {
    // Keys scoring reads (isolation, allowed builds) and a key only planning reads (the host shape):
    // variants that share one scoring must come out exactly as if each had run alone.
    let matrix = try WhatIfMatrix(
      base: Scenario(),
      variations: [
        "isolation=process,recommended", "allowed_host_builds=17763+20348,20348", "host=m5.2xlarge,m5.4xlarge",
      ]
      .map(ScenarioVariation.init(argument:)))
    let estate = try AssessmentRun(scenario: Scenario(), context: context).load([harbourline])
    let outcomes = try AssessmentRun.whatIf(matrix, estate: estate, context: context)
    XCTAssertEqual(outcomes.count, matrix.variants.count)
    for (variant, outcome) in zip(matrix.variants, outcomes) {
      var variantContext = context
      variantContext.runId = "run-test-v\(variant.number)"
      let alone = try AssessmentRun(scenario: variant.scenario, context: variantContext).run(estate)
      XCTAssertEqual(outcome.context.runId, variantContext.runId)
      XCTAssertEqual(outcome.assessed, alone.assessed, variant.label)
      XCTAssertEqual(outcome.plan, alone.plan, variant.label)
      XCTAssertEqual(outcome.summary, alone.summary, variant.label)
    }
  }

  func testARunOfInputsReportsEachStageAndKeepsEveryApplicationWithItsServer() throws {
    var events: [String] = []
    let run = try AssessmentRun(scenario: Scenario(), context: context)
    let outcome = try run.run(inputs: [harbourline]) { progress in
      switch progress {
      case .began(let stage): events.append("began \(stage.rawValue)")
      case .ended(let stage, _, _): events.append("ended \(stage.rawValue)")
      }
    }
    XCTAssertEqual(
      events,
      [
        "began reading inventories", "ended reading inventories", "began scoring applications",
        "ended scoring applications", "began planning hosts", "ended planning hosts",
      ])
    let estate = try run.load([harbourline])
    XCTAssertEqual(outcome.assessed.map(\.id), estate.applications.map(\.id))
    // The outcome's estate lets the applications go but keeps the join.
    XCTAssertTrue(outcome.estate.applications.isEmpty)
    for (index, app) in outcome.assessed.enumerated() {
      XCTAssertEqual(outcome.estate.server(ofApplication: index).id, app.serverId, app.id)
    }
  }

  func testAScenarioValueOnlyThePlannerChecksFailsBeforeAnyInputIsRead() {
    var scenario = Scenario()
    scenario.host.shape = "no-such-shape"
    XCTAssertThrowsError(try AssessmentRun(scenario: scenario, context: context))
  }
}
