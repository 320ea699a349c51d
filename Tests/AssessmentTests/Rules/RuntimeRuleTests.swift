import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class RuntimeRuleTests: AssessmentTestCase {
  func testFrameworkBeforeTwoIsABlocker() {
    let found = findings(of: RuntimeRule.self, .fixture(runtime: .some("dotnet-framework-1.1")))
    XCTAssertEqual(found.map(\.id), ["runtime-dotnet-framework-1x"])
    XCTAssertEqual(found.first?.evidence, "runtime = dotnet-framework-1.1 (before 2.0)")
    XCTAssertEqual(found.first?.isBlocker, true)
  }

  func testFramework35NeedsItsOwnImage() {
    let assessed = assess(.fixture(runtime: .some("dotnet-framework-3.5")))
    let found = assessed.findings.filter { $0.rule == RuntimeRule.id }
    XCTAssertEqual(found.map(\.id), ["runtime-dotnet-framework-35"])
    XCTAssertEqual(found.first?.evidence, "runtime = dotnet-framework-3.5")
    XCTAssertEqual(found.first?.points, 5)
    XCTAssertEqual(assessed.baseImage, .servercore)
    XCTAssertEqual(
      assessed.baseImageReason, "runtime = dotnet-framework-3.5 needs Server Core with the .NET Framework 3.5 layer")
  }

  func testDotnetCoreBeforeSixIsOutOfSupport() {
    let found = findings(of: RuntimeRule.self, .fixture(runtime: .some("dotnet-core-3.1")))
    XCTAssertEqual(found.map(\.id), ["runtime-dotnet-out-of-support"])
    XCTAssertEqual(found.first?.evidence, "runtime = dotnet-core-3.1 (support ended 2022-12-13)")
  }

  func testDotnetSupportIsJudgedOnTheRunDateAndTheUpgradeIsDotnetTen() throws {
    let app = Application.fixture(runtime: .some("dotnet-8"))
    let before = try Assessor(scenario: Self.windowsContainers, asOf: "2026-11-10").assess(app, server: .fixture())
    XCTAssertEqual(before.findings.filter { $0.rule == RuntimeRule.id }, [])
    let after = try Assessor(scenario: Self.windowsContainers, asOf: "2026-12-01").assess(app, server: .fixture())
    let found = after.findings.filter { $0.rule == RuntimeRule.id }
    XCTAssertEqual(found.map(\.id), ["runtime-dotnet-out-of-support"])
    XCTAssertEqual(found.first?.evidence, "runtime = dotnet-8 (support ended 2026-11-10)")
    XCTAssertEqual(
      found.first?.remediation,
      "Upgrade to .NET 10 (LTS, supported to 2028-11-14): this release's support ended 2026-11-10, so it gets no "
        + "more security fixes.")
    for runtime in ["dotnet-6", "dotnet-7", "dotnet-9"] {
      let judged = try Assessor(scenario: Self.windowsContainers, asOf: "2026-12-01").assess(
        .fixture(runtime: .some(runtime)), server: .fixture())
      XCTAssertEqual(judged.findings.filter { $0.rule == RuntimeRule.id }.map(\.id), ["runtime-dotnet-out-of-support"])
    }
    for runtime in ["dotnet-10", "dotnet-11"] {
      let judged = try Assessor(scenario: Self.windowsContainers, asOf: "2026-12-01").assess(
        .fixture(runtime: .some(runtime)), server: .fixture())
      XCTAssertEqual(judged.findings.filter { $0.rule == RuntimeRule.id }, [], runtime)
    }
  }

  func testUnrecognisedRuntimeIsFlagged() {
    let found = findings(of: RuntimeRule.self, .fixture(runtime: .some("cobol-85")))
    XCTAssertEqual(found.map(\.id), ["runtime-unrecognised"])
    XCTAssertEqual(found.first?.evidence, "runtime = cobol-85 (not a recognised runtime)")
  }

  func testCurrentRuntimesRaiseNothing() {
    for runtime in [
      "dotnet-framework-4.8", "dotnet-framework", "dotnet-8", "java-17", "node-20", "python-3", "native", "go",
    ] {
      XCTAssertEqual(findings(of: RuntimeRule.self, .fixture(runtime: .some(runtime))), [], runtime)
    }
    XCTAssertEqual(findings(of: RuntimeRule.self, .fixture(runtime: .some(nil))), [])
  }
}
