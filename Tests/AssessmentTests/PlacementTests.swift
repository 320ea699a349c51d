import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class PlacementTests: AssessmentTestCase {
  // MARK: Base image

  func testNanoServerNeedsAHeadlessModernRuntimeWithoutWin32Dependencies() {
    XCTAssertEqual(BaseImageChooser.choose(for: .fixture(runtime: .some("node-20")), build: 20348).image, .nanoserver)
    XCTAssertEqual(BaseImageChooser.choose(for: .fixture(runtime: .some("go")), build: 20348).image, .nanoserver)
    let withAuth = Application.fixture(dependencies: .some([.windowsAuth]))
    XCTAssertEqual(BaseImageChooser.choose(for: withAuth, build: 20348).image, .nanoserver)
    let cases: [(Application, String)] = [
      (.fixture(runtime: .some("dotnet-5")), "runtime = dotnet-5: Nano Server images exist for .NET 6 and later only"),
      (.fixture(kind: .some(.iisSite)), "kind = iis-site: IIS needs Server Core"),
      (.fixture(gui: .some(.optional)), "gui = optional: Nano Server has no GUI stack"),
      (
        .fixture(dependencies: .some([.msiInstaller, .gac])), "gac, msi-installer need Win32 components of Server Core"
      ),
      (.fixture(dependencies: .some(nil)), "dependencies unknown: Server Core is the safe base"),
      (.fixture(runtime: .some(nil)), "runtime unknown: Server Core runs most services"),
      (.fixture(runtime: .some("classic-asp")), "runtime = classic-asp: classic ASP needs IIS on Server Core"),
      (
        .fixture(runtime: .some("java-17")),
        "runtime = java-17: Server Core runs most services; Nano Server lacks much of the Win32 API"
      ),
    ]
    for (app, reason) in cases {
      let choice = BaseImageChooser.choose(for: app, build: 20348)
      XCTAssertEqual(choice.image, .servercore, reason)
      XCTAssertEqual(choice.reason, reason)
    }
  }

  func testFullerAPIDependenciesPickServerOrWindowsByBuild() {
    let app = Application.fixture(dependencies: .some([.printer, .fonts]))
    let on2022 = BaseImageChooser.choose(for: app, build: 20348)
    XCTAssertEqual(on2022.image, .server)
    XCTAssertEqual(on2022.reason, "fonts, printer need the fuller API surface of the server image")
    XCTAssertEqual(BaseImageChooser.choose(for: app, build: 26100).image, .server)
    XCTAssertEqual(BaseImageChooser.choose(for: app, build: 17763).image, .windows)
    XCTAssertEqual(BaseImageChooser.choose(for: app, build: 14393).image, .servercore)
  }

  func testFramework35UsesServerCoreWithItsLayer() {
    let choice = BaseImageChooser.choose(for: .fixture(runtime: .some("dotnet-framework-3.5")), build: 17763)
    XCTAssertEqual(choice.image, .servercore)
    XCTAssertTrue(choice.needsFramework35)
    XCTAssertEqual(
      ImageSizeEstimator.estimate(
        for: .fixture(runtime: .some("dotnet-framework-3.5"), installSizeMB: .some(0)),
        image: .servercore, build: 17763
      ).totalGB, 5.34)
  }

  // MARK: Container build

  private func choose(_ serverBuild: Int?, _ scenario: Scenario = Scenario()) -> ContainerBuildChooser.Choice {
    ContainerBuildChooser.choose(
      serverBuild: serverBuild, allowed: ContainerBuildChooser.allowedBuilds(scenario), horizonEnd: "2029-12-04",
      scenario: scenario)
  }

  func testEveryServerMovesToTheNewestBuildThePlatformAndScenarioAllow() {
    for server in [nil, 9600, 14393, 17763, 20348, 26100] {
      XCTAssertEqual(choose(server).build, 26100, "server build \(server.map(String.init) ?? "unknown")")
    }
    XCTAssertEqual(
      choose(17763).reason,
      "ltsc2025 (26100), the newest build that platform ecs-ec2 and allowed_host_builds allow, newer than the "
        + "server's ltsc2019 (17763); supported until 2034-10-10, past the horizon (2029-12-04)")
    XCTAssertEqual(
      choose(26100).reason,
      "ltsc2025 (26100), the newest build that platform ecs-ec2 and allowed_host_builds allow, as the server runs "
        + "today; supported until 2034-10-10, past the horizon (2029-12-04)")
  }

  func testThePlatformNarrowsTheBuildsAndADowngradeIsSaid() {
    var fargate = Scenario()
    fargate.platform = .ecsFargate
    XCTAssertEqual(ContainerBuildChooser.allowedBuilds(fargate), [20348])
    let choice = choose(26100, fargate)
    XCTAssertEqual(choice.build, 20348)
    XCTAssertEqual(
      choice.reason,
      "ltsc2022 (20348), the newest build that platform ecs-fargate and allowed_host_builds allow: older than the "
        + "server's ltsc2025 (26100), a downgrade to test; supported until 2031-10-14, past the horizon (2029-12-04)")
    var eks = Scenario()
    eks.platform = .eks
    eks.allowedHostBuilds = [17763, 20348]
    XCTAssertEqual(ContainerBuildChooser.allowedBuilds(eks), [20348])
  }

  func testLtsc2016IsNeverATargetAndSupportInsideTheHorizonIsSaid() {
    var scenario = Self.windowsContainers
    scenario.allowedHostBuilds = [14393, 17763]
    let choice = choose(14393, scenario)
    XCTAssertEqual(choice.build, 17763)
    XCTAssertEqual(
      choice.reason,
      "ltsc2019 (17763), the newest build that platform ecs-ec2 and allowed_host_builds allow, newer than the "
        + "server's ltsc2016 (14393); supported until 2029-01-09 only, before the horizon (2029-12-04): plan the "
        + "next rebuild")
  }

  func testOldServerIsReplatformedAndUnknownBuildIsSaid() {
    XCTAssertEqual(
      choose(9600).reason,
      "Windows Server 2012 R2 (9600) has no container base image: re-platformed onto ltsc2025 (26100), the newest "
        + "build that platform ecs-ec2 and allowed_host_builds allow; supported until 2034-10-10, past the horizon "
        + "(2029-12-04)")
    XCTAssertEqual(
      choose(nil).reason,
      "ltsc2025 (26100), the newest build that platform ecs-ec2 and allowed_host_builds allow; server build "
        + "unknown; supported until 2034-10-10, past the horizon (2029-12-04)")
  }

  func testTheHorizonEndIsCountedInMonthsFromTheRunDate() {
    XCTAssertEqual(ContainerBuildChooser.date("2026-12-04", plusMonths: 36), "2029-12-04")
    XCTAssertEqual(ContainerBuildChooser.date("2026-01-31", plusMonths: 1), "2026-02-28")
    XCTAssertEqual(ContainerBuildChooser.date("2026-11-15", plusMonths: 2), "2027-01-15")
  }

  // MARK: Isolation

  func testCodePageSensitiveAppOutsideAllowedBuildsIsRebuiltAndStaysProcessIsolated() {
    var scenario = Self.windowsContainers
    scenario.allowedHostBuilds = [20348]
    let assessed = assess(.fixture(codePageSensitive: .some(true)), on: .fixture(osBuild: 17763), scenario: scenario)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.containerBuild, 20348)
    XCTAssertEqual(assessed.hostBuild, 20348)
  }

  func testScenarioIsolationForcesTheMode() {
    var scenario = Self.windowsContainers
    scenario.isolation = .hyperv
    scenario.platform = .selfManaged
    let hyperv = assess(.fixture(), on: .fixture(osBuild: 17763), scenario: scenario)
    XCTAssertEqual(hyperv.isolation, .hyperv)
    XCTAssertEqual(hyperv.hostBuild, 26100)
    XCTAssertEqual(hyperv.isolationReason, "scenario isolation = hyperv")
    scenario.isolation = .process
    scenario.allowedHostBuilds = [20348]
    let process = assess(.fixture(isolationRequired: .some(.hyperv)), on: .fixture(osBuild: 17763), scenario: scenario)
    XCTAssertEqual(process.isolation, .process)
    XCTAssertEqual(process.containerBuild, 20348)
  }

  func testRequiredHypervRunsOnAHostOfTheImagesBuild() {
    let choice = IsolationChooser.choose(
      containerBuild: 17763,
      constraint: IsolationChooser.Constraint(mode: .hyperv, reason: "isolation_required = hyperv"))
    XCTAssertEqual(choice.mode, .hyperv)
    XCTAssertEqual(choice.hostBuild, 17763)
    XCTAssertEqual(choice.reason, "isolation_required = hyperv")
  }

  func testDirectXRunsProcessIsolated() {
    var scenario = Self.windowsContainers
    scenario.allowedHostBuilds = [20348]
    let assessed = assess(.fixture(dependencies: .some([.directx])), on: .fixture(osBuild: 17763), scenario: scenario)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.containerBuild, 20348)
    XCTAssertEqual(assessed.baseImage, .server)
  }

  func testAnUnconstrainedAppRunsProcessIsolatedOnAHostOfItsBuild() {
    let choice = IsolationChooser.choose(containerBuild: 20348, constraint: nil)
    XCTAssertEqual(choice.mode, .process)
    XCTAssertEqual(choice.hostBuild, 20348)
    XCTAssertEqual(choice.reason, "the container build ltsc2022 (20348) has an allowed host of the same build")
  }
}
