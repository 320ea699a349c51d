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

  func testContainerBuildFollowsTheServerWhenAllowed() {
    let choice = ContainerBuildChooser.choose(serverBuild: 17763, allowed: [17763, 20348], processOnly: false)
    XCTAssertEqual(choice.build, 17763)
  }

  func testUnknownBuildAssumesTheOldestAllowed() {
    let choice = ContainerBuildChooser.choose(serverBuild: nil, allowed: [17763, 20348], processOnly: false)
    XCTAssertEqual(choice.build, 17763)
    XCTAssertEqual(choice.reason, "server build unknown; assumed ltsc2019 (17763), the oldest allowed host build")
  }

  func testOldServerIsReplatformedOntoTheOldest2019PlusBuild() {
    let choice = ContainerBuildChooser.choose(serverBuild: 9600, allowed: [14393, 20348], processOnly: false)
    XCTAssertEqual(choice.build, 20348)
    XCTAssertEqual(
      choice.reason,
      "Windows Server 2012 R2 (9600) has no container base image; re-platformed onto ltsc2022 (20348), the oldest "
        + "allowed 2019+ build")
  }

  func testProcessOnlyAppIsRebuiltForwardInsteadOfHyperv() {
    let free = ContainerBuildChooser.choose(serverBuild: 17763, allowed: [20348, 26100], processOnly: false)
    XCTAssertEqual(free.build, 17763)
    let pinned = ContainerBuildChooser.choose(serverBuild: 17763, allowed: [20348, 26100], processOnly: true)
    XCTAssertEqual(pinned.build, 20348)
    XCTAssertEqual(
      pinned.reason,
      "rebuilt on ltsc2022 (20348), the oldest allowed build at or above the server's ltsc2019 (17763): the app must "
        + "run process-isolated (allowed_host_builds = 20348, 26100)")
  }

  // MARK: Isolation

  func testCodePageSensitiveAppOutsideAllowedBuildsIsRebuiltAndStaysProcessIsolated() {
    var scenario = Scenario()
    scenario.allowedHostBuilds = [20348]
    let assessed = assess(.fixture(codePageSensitive: .some(true)), on: .fixture(osBuild: 17763), scenario: scenario)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.containerBuild, 20348)
    XCTAssertEqual(assessed.hostBuild, 20348)
  }

  func testScenarioIsolationForcesTheMode() {
    var scenario = Scenario()
    scenario.isolation = .hyperv
    let hyperv = assess(.fixture(), on: .fixture(osBuild: 17763), scenario: scenario)
    XCTAssertEqual(hyperv.isolation, .hyperv)
    XCTAssertEqual(hyperv.hostBuild, 17763)
    XCTAssertEqual(hyperv.isolationReason, "scenario isolation = hyperv")
    scenario.isolation = .process
    scenario.allowedHostBuilds = [20348]
    let process = assess(.fixture(isolationRequired: .some(.hyperv)), on: .fixture(osBuild: 17763), scenario: scenario)
    XCTAssertEqual(process.isolation, .process)
    XCTAssertEqual(process.containerBuild, 20348)
  }

  func testRequiredHypervRunsOnTheOldestAllowedHostAtOrAboveTheImage() {
    let choice = IsolationChooser.choose(
      containerBuild: 17763, allowed: [17763, 20348],
      constraint: IsolationChooser.Constraint(mode: .hyperv, reason: "isolation_required = hyperv"))
    XCTAssertEqual(choice.mode, .hyperv)
    XCTAssertEqual(choice.hostBuild, 17763)
    XCTAssertEqual(choice.reason, "isolation_required = hyperv")
  }

  func testDirectXRunsProcessIsolated() {
    var scenario = Scenario()
    scenario.allowedHostBuilds = [20348]
    let assessed = assess(.fixture(dependencies: .some([.directx])), on: .fixture(osBuild: 17763), scenario: scenario)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.containerBuild, 20348)
    XCTAssertEqual(assessed.baseImage, .server)
  }

  func testMismatchedBuildRunsHypervOnANewerHost() {
    let choice = IsolationChooser.choose(containerBuild: 14393, allowed: [17763, 20348], constraint: nil)
    XCTAssertEqual(choice.mode, .hyperv)
    XCTAssertEqual(choice.hostBuild, 17763)
    XCTAssertEqual(
      choice.reason,
      "no allowed host runs ltsc2016 (14393); Hyper-V isolation runs the older image on a ltsc2019 (17763) host")
  }
}
