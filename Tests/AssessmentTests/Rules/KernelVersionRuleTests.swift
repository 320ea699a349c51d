import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class KernelVersionRuleTests: AssessmentTestCase {
  func testServerOlderThan2016IsReplatformed() {
    let assessed = assess(.fixture(), on: .fixture(osBuild: 9600))
    let found = assessed.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(found.map(\.id), ["os-replatform"])
    XCTAssertEqual(found.first?.evidence, "server os_build = 9600 (Windows Server 2012 R2): no container base image")
    XCTAssertEqual(found.first?.points, 15)
    XCTAssertEqual(assessed.containerBuild, 26100)
    XCTAssertEqual(assessed.isolation, .process)
  }

  func testUnknownOldReleaseHasNoName() {
    let found = findings(of: KernelVersionRule.self, .fixture(), on: .fixture(osBuild: 7601))
    XCTAssertEqual(found.first?.evidence, "server os_build = 7601: no container base image")
  }

  func testAnOlderServerIsRebuiltOnTheNewestBuildForADayAndNoPoints() {
    let assessed = assess(.fixture(), on: .fixture(osBuild: 17763))
    let found = assessed.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(found.map(\.id), ["os-rebuild"])
    XCTAssertEqual(found.first?.evidence, "server os_build = 17763; container build = 26100")
    XCTAssertEqual(found.first?.points, 0)
    XCTAssertEqual(found.first?.effortDays, 1)
    XCTAssertEqual(assessed.score, 100)
    XCTAssertEqual(assessed.containerBuild, 26100)
    XCTAssertEqual(assessed.hostBuild, 26100)
  }

  func testAServerNewerThanThePlatformRunsIsDowngradedAndSaysSo() {
    var scenario = Self.windowsContainers
    scenario.platform = .ecsFargate
    let found = findings(of: KernelVersionRule.self, .fixture(), on: .fixture(osBuild: 26100), scenario: scenario)
    XCTAssertEqual(found.map(\.id), ["os-rebuild"])
    XCTAssertEqual(
      found.first?.remediation,
      "Build the image on ltsc2022 (20348) and test the application on that release before the move (an older "
        + "release than today's).")
  }

  func testRequiredHypervIsNotChargedAsABuildMismatch() {
    var scenario = Self.windowsContainers
    scenario.platform = .selfManaged
    let assessed = assess(.fixture(isolationRequired: .some(.hyperv)), on: .fixture(osBuild: 26100), scenario: scenario)
    XCTAssertEqual(assessed.findings.filter { $0.rule == KernelVersionRule.id }, [])
    XCTAssertEqual(assessed.isolation, .hyperv)
  }

  func testBaseImagePastMainstreamOrExtendedSupportIsSaid() throws {
    var scenario = Self.windowsContainers
    scenario.allowedHostBuilds = [17763]
    let mainstream = try Assessor(scenario: scenario, asOf: "2027-06-01").assess(.fixture(), server: .fixture())
    let kernel = mainstream.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(kernel.map(\.id), ["base-image-mainstream-ended", "os-rebuild"])
    XCTAssertEqual(
      kernel.first?.evidence,
      "ltsc2019 (17763) base image mainstream support ended 2024-01-09 (extended support until 2029-01-09)")
    let ended = try Assessor(scenario: scenario, asOf: "2029-06-01").assess(
      .fixture(), server: .fixture(osBuild: 17763))
    let found = ended.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(found.map(\.id), ["base-image-unsupported"])
    XCTAssertEqual(found.first?.evidence, "ltsc2019 (17763) base image support ended 2029-01-09")
  }

  func testMatchingSupportedBuildRaisesNothing() {
    XCTAssertEqual(findings(of: KernelVersionRule.self, .fixture(), on: .fixture(osBuild: 26100)), [])
  }
}
