import ContainerFitModel
import ContainerFitRun
import ContainerFitTestSupport
import Foundation
import XCTest

@testable import ContainerFitReporting

/// The assumptions register lists what this run's figures rest on, and only that.
final class AssumptionRegisterTests: XCTestCase {
  private func outcome(_ servers: [Server], scenario: Scenario = Scenario()) throws -> AssessmentOutcome {
    let apps = servers.map {
      Application.fixture(id: "app-\($0.id)", serverId: $0.id, runtime: .some("dotnet-framework-4.8"))
    }
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    return try AssessmentRun(scenario: scenario, context: context, client: nil, engagement: nil).run(
      Estate(servers: servers, applications: apps))
  }

  func testEachEntryAppearsOnlyWhenItsFactIsInForce() throws {
    let known = try outcome([
      .fixture(id: "a", platform: .vm, licenseEdition: .standard, cpuUtilPct: 40, memUtilPct: 50)
    ])
    let ids = Set(AssumptionRegister.entries(known).map(\.id))
    XCTAssertTrue(ids.isSuperset(of: ["hosting-today", "software-assurance", "per-vm-licensing", "ec2-prices"]))
    XCTAssertFalse(ids.contains("unknown-editions"))
    XCTAssertFalse(ids.contains("unknown-utilisation"))
    XCTAssertFalse(ids.contains("linux-image-size"), "no Linux container in this estate")

    let unknown = try outcome([.fixture(id: "b", platform: .vm, licenseEdition: nil, cpuUtilPct: nil)])
    let entries = AssumptionRegister.entries(unknown)
    XCTAssertEqual(
      entries.first { $0.id == "unknown-editions" }?.text,
      "1 servers give no Windows Server edition: their licences are a range, Standard to Datacenter, in every total.")
    XCTAssertTrue(entries.contains { $0.id == "unknown-utilisation" })

    var priced = Scenario()
    priced.current.vmCostPerVCPUYear = 150
    priced.licensing.currentBasis = .amortized
    let book = Set(AssumptionRegister.entries(try outcome([.fixture(id: "c")], scenario: priced)).map(\.id))
    XCTAssertFalse(book.contains("hosting-today"))
    XCTAssertFalse(book.contains("software-assurance"))
    XCTAssertTrue(book.contains("amortization"))
  }

  func testTheRegisterIsInAssessmentJSONAndReadBack() throws {
    let document = AssessmentDocument(try outcome([.fixture(id: "a")]))
    XCTAssertFalse(document.assumptions.isEmpty)
    let decoded = try JSONDecoder().decode(AssessmentDocument.self, from: JSONEncoder().encode(document))
    XCTAssertEqual(decoded.assumptions, document.assumptions)
  }
}
