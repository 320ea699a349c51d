import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

/// Each application's target (targets-and-economics.md §1): server, Linux container or Windows
/// container, with the reason, under the default scenario (Linux targets on).
final class TargetTests: AssessmentTestCase {
  func testACrossPlatformAppWithNothingWindowsBoundGoesToALinuxContainer() {
    let assessed = assess(.fixture(kind: .some(.iisSite), runtime: .some("dotnet-8")), scenario: Scenario())
    XCTAssertEqual(assessed.target.kind, .linuxContainer)
    XCTAssertEqual(assessed.target.platform, .ecsEC2)
    XCTAssertEqual(assessed.target.reason, "a cross-platform runtime and nothing that ties it to Windows")
    XCTAssertEqual(assessed.os, .linux)
    XCTAssertEqual(assessed.baseImage, .linux)
    XCTAssertEqual(assessed.image, "mcr.microsoft.com/dotnet/aspnet:10.0")
    XCTAssertEqual(assessed.containerBuild, ContainerOS.noWindowsBuild)
    XCTAssertEqual(assessed.imageSizeGB, 0.35)
    XCTAssertEqual(assessed.findings.filter { $0.rule == KernelVersionRule.id }, [], "a Linux image has no build")
  }

  func testLinuxImagesFollowTheRuntime() {
    let cases: [(String, ApplicationKind, String)] = [
      ("dotnet-6", .windowsService, "mcr.microsoft.com/dotnet/runtime:10.0"),
      ("dotnet-11", .console, "mcr.microsoft.com/dotnet/runtime:11.0"),
      ("java-17", .console, "eclipse-temurin:17-jre"),
      ("java", .console, "eclipse-temurin:21-jre"),
      ("node-22", .iisSite, "node:22-slim"),
      ("python-3.12", .scheduledTask, "python:3.12-slim"),
      ("go", .console, "gcr.io/distroless/static-debian12"),
    ]
    for (runtime, kind, image) in cases {
      let assessed = assess(.fixture(kind: .some(kind), runtime: .some(runtime)), scenario: Scenario())
      XCTAssertEqual(assessed.target.kind, .linuxContainer, runtime)
      XCTAssertEqual(assessed.image, image, runtime)
    }
  }

  func testWhatTiesAnAppToWindowsIsItsReason() {
    let cases: [(Application, String)] = [
      (
        .fixture(runtime: .some("dotnet-framework-4.8")),
        "needs Windows: runtime dotnet-framework-4.8 runs on Windows only"
      ),
      (
        .fixture(runtime: .some("dotnet-5")),
        "needs Windows: runtime dotnet-5 (.NET before 6 is not taken as cross-platform)"
      ),
      (.fixture(runtime: .some(nil)), "kept on Windows while the runtime is unknown"),
      (.fixture(runtime: .some("dotnet")), "kept on Windows while the .NET version is unknown"),
      (.fixture(dependencies: .some([.msmq, .smbShare, .comPlus])), "needs Windows: com+, msmq"),
      (.fixture(dependencies: .some(nil)), "kept on Windows while dependencies is unknown"),
      (.fixture(registryState: .some(.read)), "needs Windows: registry_state = read"),
      (.fixture(logTarget: .some(.eventlog)), "needs Windows: log_target = eventlog"),
      (.fixture(codePageSensitive: .some(true)), "needs Windows: code_page_sensitive = true"),
      (.fixture(gui: .some(.optional)), "needs Windows: gui = optional"),
    ]
    for (app, reason) in cases {
      let assessed = assess(app, scenario: Scenario())
      XCTAssertEqual(assessed.target.reason, reason)
      XCTAssertEqual(assessed.os, .windows, reason)
      if assessed.verdict.movesToContainer {
        XCTAssertEqual(assessed.target.kind, .windowsContainer, reason)
        XCTAssertEqual(assessed.target.platform, .ecsEC2, reason)
      }
    }
    // An SMB share alone does not tie an application to Windows; its remediation reads for Linux.
    let smb = assess(.fixture(dependencies: .some([.smbShare])), scenario: Scenario())
    XCTAssertEqual(smb.target.kind, .linuxContainer)
    XCTAssertTrue(smb.findings.first { $0.id == "dependency-smb-share" }?.remediation.contains("CSI") == true)
  }

  func testLinuxTargetsCanBeTurnedOff() {
    var scenario = Scenario()
    scenario.targets.linux = false
    let assessed = assess(.fixture(), scenario: scenario)
    XCTAssertEqual(assessed.target.kind, .windowsContainer)
    XCTAssertEqual(assessed.target.reason, "nothing ties it to Windows, but targets.linux = false")
    XCTAssertEqual(assessed.image, "mcr.microsoft.com/dotnet/runtime:10.0-nanoserver-ltsc2025")
  }

  func testAnAppThatDoesNotMoveStaysOnAServerWithTheBlockerOrTheMissingData() {
    let blocked = assess(.fixture(gui: .some(.required)), scenario: Scenario())
    XCTAssertEqual(
      blocked.target,
      Target(
        kind: .server, platform: nil, reason: "stays on a server: blocker: The application needs a desktop session"))
    let unknown = assess(
      .fixture(
        kind: .some(nil), gui: .some(nil), registryState: .some(nil), localState: .some(nil), logTarget: .some(nil),
        codePageSensitive: .some(nil), inMemoryState: .some(nil), dependencies: .some(nil)),
      scenario: Scenario())
    XCTAssertEqual(unknown.verdict, .insufficientData)
    XCTAssertEqual(unknown.target.kind, .server)
    XCTAssertEqual(
      unknown.target.reason,
      "stays on its server until its data is collected: its confidence is under scoring.min_confidence (0.5)")
  }

  func testHypervIsolationStaysOnAServerOnPlatformsWithoutIt() {
    for platform in TargetPlatform.allCases {
      var scenario = Scenario()
      scenario.platform = platform
      let assessed = assess(.fixture(isolationRequired: .some(.hyperv)), scenario: scenario)
      XCTAssertEqual(assessed.isolation, .hyperv, platform.rawValue)
      if platform.runsHypervIsolation {
        XCTAssertEqual(assessed.target.kind, .windowsContainer, platform.rawValue)
        XCTAssertEqual(assessed.blockers, [], platform.rawValue)
      } else {
        XCTAssertEqual(assessed.target.kind, .server, platform.rawValue)
        XCTAssertEqual(assessed.blockers, ["hyperv-platform-unavailable"], platform.rawValue)
        XCTAssertEqual(
          assessed.target.reason, "stays on a server: blocker: The platform runs no Hyper-V-isolated containers")
      }
    }
  }
}
