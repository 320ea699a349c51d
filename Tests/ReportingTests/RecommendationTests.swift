import ContainerFitModel
import ContainerFitRun
import ContainerFitTestSupport
import Foundation
import XCTest

@testable import ContainerFitReporting

/// The executive summary's recommendation and the risk register say this run's figures, not text
/// that reads the same for every estate.
final class RecommendationTests: XCTestCase {
  func outcome() throws -> AssessmentOutcome {
    let framework = { (id: String, server: String) in
      Application.fixture(id: id, serverId: server, runtime: .some("dotnet-framework-4.8"))
    }
    var role = Application.fixture(id: "dhcp", serverId: "old", kind: .some(.windowsService), runtime: .some("native"))
    role.dependencies = [.infrastructureRole]
    let estate = Estate(
      servers: [Server.fixture(id: "old", osBuild: 14393), Server.fixture(id: "new")],
      applications: [
        framework("a", "new"), framework("b", "new"),
        Application.fixture(id: "api", serverId: "new", runtime: .some("dotnet-10")), role,
      ])
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    return try AssessmentRun(scenario: Scenario(), context: context).run(estate)
  }

  func testRecommendationIsMadeOfTheRunsFigures() throws {
    let outcome = try outcome()
    let builder = ReportViewBuilder(outcome: outcome, detailCount: 5)
    let recommendation = try XCTUnwrap(builder.recommendation(currency: "USD"))
    XCTAssertTrue(
      recommendation.action.hasPrefix(
        "Containerise the 2 ready or minor Windows applications first, on ecs-ec2 with Windows Server 2025 hosts"),
      recommendation.action)
    XCTAssertTrue(recommendation.action.contains("move 1 cross-platform application to Linux containers"))
    XCTAssertTrue(recommendation.action.contains("keep 1 on servers"))
    XCTAssertTrue(recommendation.action.contains("it retires 1 of 2 servers"), recommendation.action)
    XCTAssertTrue(recommendation.certainty.hasPrefix("How sure: "))
    XCTAssertTrue(recommendation.nextSteps.contains { $0.text.hasPrefix("Give today's hosting cost") })
  }

  func testRiskRegisterNamesTheDeadlineAndTheCodePageAndNothingThatDoesNotApply() throws {
    let risks = ReportViewBuilder(outcome: try outcome(), detailCount: 5).risks()
    XCTAssertEqual(
      risks.first?.risk, "1 server runs Windows Server 2016, whose support ends 2027-01-11 (6 weeks)")
    XCTAssertFalse(risks.contains { $0.risk.contains("Hyper-V isolation") }, "no app needs it")
    XCTAssertFalse(risks.contains { $0.risk.contains("time zones") }, "one site only")
  }

  func testNoRecommendationWithoutApplications() throws {
    let estate = Estate(servers: [Server.fixture(id: "s")])
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    let outcome = try AssessmentRun(scenario: Scenario(), context: context).run(estate)
    XCTAssertNil(ReportViewBuilder(outcome: outcome, detailCount: 5).recommendation(currency: "USD"))
  }
}
