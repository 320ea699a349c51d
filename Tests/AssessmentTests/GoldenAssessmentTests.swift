import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

/// Representative applications with their whole assessment pinned: a change to a weight, a rule or
/// a decision shows up here as a reviewed diff.
final class GoldenAssessmentTests: AssessmentTestCase {
  func testIISFramework48AppWithWindowsAuthIsReady() {
    let app = Application.fixture(
      kind: .some(.iisSite), runtime: .some("dotnet-framework-4.8"), registryState: .some(.read),
      localState: .some(.logs), logTarget: .some(.file), installSizeMB: .some(450),
      dependencies: .some([.windowsAuth]))
    let assessed = assess(app, on: .fixture(osBuild: 17763))
    XCTAssertEqual(
      assessed.findings.map(\.id),
      ["dependency-windows-auth", "local-state-logs", "registry-read", "log-target-file", "os-rebuild"])
    // One LogMonitor answers the log files and the local logs: log-target-file is listed at 0 points;
    // the rebuild on ltsc2025 costs a day of testing and no points.
    XCTAssertEqual(assessed.findings.suffix(2).map(\.points), [0, 0])
    XCTAssertEqual(assessed.score, 80)
    XCTAssertEqual(assessed.verdict, .ready)
    XCTAssertEqual(assessed.baseImage, .servercore)
    XCTAssertEqual(assessed.containerBuild, 26100)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.imageSizeGB, 5.14)
    XCTAssertEqual(assessed.effortDays, 3 + 5 + 1, "baseline + remedies (LogMonitor once) + the rebuild's test")
    XCTAssertEqual(assessed.blockers, [])
    XCTAssertEqual(assessed.confidence, 1)
    XCTAssertEqual(
      assessed.baseImageReason, "runtime = dotnet-framework-4.8: .NET Framework runs on Server Core, not Nano Server")
    XCTAssertEqual(
      assessed.buildReason,
      "ltsc2025 (26100), the newest build that platform ecs-ec2 and allowed_host_builds allow, newer than the "
        + "server's ltsc2019 (17763); supported until 2034-10-10, past the horizon (2028-07-01)")
    XCTAssertEqual(
      assessed.isolationReason, "the container build ltsc2025 (26100) has an allowed host of the same build")
  }

  func testDotnet8ServiceIsReadyOnNanoServer() {
    let app = Application.fixture(kind: .some(.windowsService), runtime: .some("dotnet-8"))
    let assessed = assess(app, on: .fixture(osBuild: 20348))
    XCTAssertEqual(assessed.findings.map(\.id), ["kind-windows-service", "os-rebuild"])
    XCTAssertEqual(assessed.score, 95)
    XCTAssertEqual(assessed.verdict, .ready)
    XCTAssertEqual(assessed.baseImage, .nanoserver)
    XCTAssertEqual(assessed.containerBuild, 26100)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.imageSizeGB, 0.5)
    XCTAssertEqual(assessed.effortDays, 3 + 1 + 1)
  }

  func testGUIRequiredDesktopAppIsUnsuitable() {
    let app = Application.fixture(kind: .some(.desktop), runtime: .some("dotnet-framework-4.8"), gui: .some(.required))
    let assessed = assess(app, on: .fixture(osBuild: 20348))
    XCTAssertEqual(assessed.findings.map(\.id), ["gui-required", "kind-desktop", "os-rebuild"])
    // Running without a desktop answers both: kind-desktop is listed at 0 points under gui-required.
    XCTAssertEqual(assessed.findings.map(\.points), [50, 0, 0])
    XCTAssertEqual(assessed.score, 50)
    XCTAssertEqual(assessed.effortDays, 0, "an application that stays on its server carries no container effort")
    XCTAssertEqual(assessed.verdict, .unsuitable)
    XCTAssertEqual(assessed.blockers, ["gui-required"])
    XCTAssertEqual(assessed.baseImage, .servercore)
    XCTAssertEqual(assessed.containerBuild, 26100)
    XCTAssertEqual(assessed.isolation, .process)
  }

  func testCodePageSensitiveAppRequiringHypervIsUnsuitable() {
    let app = Application.fixture(
      runtime: .some("native"), codePageSensitive: .some(true), isolationRequired: .some(.hyperv))
    let assessed = assess(app, on: .fixture(osBuild: 17763, ansiCodePage: 932))
    XCTAssertEqual(assessed.findings.map(\.id), ["code-page-hyperv-conflict", "os-rebuild"])
    XCTAssertEqual(assessed.score, 50)
    XCTAssertEqual(assessed.verdict, .unsuitable)
    XCTAssertEqual(assessed.blockers, ["code-page-hyperv-conflict"])
    XCTAssertEqual(assessed.baseImage, .servercore)
    XCTAssertEqual(assessed.containerBuild, 26100)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.codePage, 932)
    XCTAssertEqual(
      assessed.isolationReason,
      "code_page_sensitive = true: Hyper-V containers are fixed at UTF-8 (65001), so the app runs process-isolated "
        + "on a host with its current code page")
  }

  func testKernelDriverAppIsUnsuitable() {
    let app = Application.fixture(
      kind: .some(.windowsService), runtime: .some("native"), dependencies: .some([.kernelDriver]))
    let assessed = assess(app, on: .fixture(osBuild: 20348))
    XCTAssertEqual(assessed.findings.map(\.id), ["dependency-kernel-driver", "kind-windows-service", "os-rebuild"])
    XCTAssertEqual(assessed.score, 45)
    XCTAssertEqual(assessed.verdict, .unsuitable)
    XCTAssertEqual(assessed.blockers, ["dependency-kernel-driver"])
    XCTAssertEqual(assessed.baseImage, .servercore)
    XCTAssertEqual(assessed.containerBuild, 26100)
    XCTAssertEqual(assessed.isolation, .process)
  }

  func testEncodedAssessmentCarriesTheContractKeysAndNotTheSourceApplication() throws {
    let assessed = assess(.fixture(registryState: .some(.write)))
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(assessed)) as? [String: Any] ?? [:]
    for key in [
      "id", "name", "serverId", "score", "verdict", "confidence", "blockers", "target", "findings", "baseImage",
      "containerBuild", "isolation", "imageSizeGB", "effortDays", "dataGaps",
    ] {
      XCTAssertNotNil(json[key], key)
    }
    XCTAssertNil(json["application"])
    let finding = (json["findings"] as? [[String: Any]])?.first ?? [:]
    for key in ["rule", "points", "evidence", "remediation", "effortDays"] { XCTAssertNotNil(finding[key], key) }
    let decoded = try JSONDecoder().decode(AssessedApplication.self, from: JSONEncoder().encode(assessed))
    XCTAssertEqual(decoded.findings, assessed.findings)
    XCTAssertEqual(decoded.application.id, assessed.id)
  }
}
