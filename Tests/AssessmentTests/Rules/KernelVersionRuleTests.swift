import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class KernelVersionRuleTests: AssessmentTestCase {
  func testServerOlderThan2016IsReplatformed() {
    let assessed = assess(.fixture(), on: .fixture(osBuild: 9600))
    let found = assessed.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(found.map(\.id), ["os-replatform", "base-image-mainstream-ended"])
    XCTAssertEqual(found.first?.evidence, "server os_build = 9600 (Windows Server 2012 R2): no container base image")
    XCTAssertEqual(found.first?.points, 15)
    XCTAssertEqual(assessed.containerBuild, 17763)
    XCTAssertEqual(assessed.isolation, .process)
  }

  func testUnknownOldReleaseHasNoName() {
    let found = findings(of: KernelVersionRule.self, .fixture(), on: .fixture(osBuild: 7601))
    XCTAssertEqual(found.first?.evidence, "server os_build = 7601: no container base image")
  }

  func testServerNewerThanEveryAllowedHostIsRebuilt() {
    let assessed = assess(.fixture(), on: .fixture(osBuild: 26100))
    let found = assessed.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(found.map(\.id), ["os-rebuild"])
    XCTAssertEqual(found.first?.evidence, "server os_build = 26100; container build = 20348")
    XCTAssertEqual(assessed.containerBuild, 20348)
  }

  func testBuildWithoutAnAllowedHostNeedsHyperv() {
    var scenario = Scenario()
    scenario.allowedHostBuilds = [20348]
    let assessed = assess(.fixture(), on: .fixture(osBuild: 17763), scenario: scenario)
    let found = assessed.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(found.map(\.id), ["base-image-mainstream-ended", "hyperv-for-build"])
    XCTAssertEqual(
      found.last?.evidence,
      "no allowed host runs build 17763 (allowed_host_builds = 20348); Hyper-V isolation on a 20348 host")
    XCTAssertEqual(
      found.first?.evidence,
      "ltsc2019 (17763) base image mainstream support ended 2024-01-09 (extended support until 2029-01-09)")
    XCTAssertEqual(assessed.isolation, .hyperv)
    XCTAssertEqual(assessed.hostBuild, 20348)
    XCTAssertEqual(assessed.containerBuild, 17763)
  }

  func testRequiredHypervIsNotChargedAsABuildMismatch() {
    var scenario = Scenario()
    scenario.allowedHostBuilds = [20348, 26100]
    let found = findings(
      of: KernelVersionRule.self, .fixture(isolationRequired: .some(.hyperv)), on: .fixture(osBuild: 17763),
      scenario: scenario)
    XCTAssertEqual(found.map(\.id), ["base-image-mainstream-ended"])
  }

  func testImage2022OnHost2025IsMarkedForVerification() {
    var scenario = Scenario()
    scenario.allowedHostBuilds = [26100]
    let assessed = assess(.fixture(), on: .fixture(osBuild: 20348), scenario: scenario)
    let found = assessed.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(found.map(\.id), ["build-verify"])
    XCTAssertEqual(
      found.first?.evidence,
      "ltsc2022 (20348) image process-isolated on a ltsc2025 (26100) host: newer documentation; verify")
    XCTAssertTrue(assessed.needsVerification)
    XCTAssertEqual(assessed.isolation, .process)
    XCTAssertEqual(assessed.hostBuild, 26100)
  }

  func testBaseImagePastExtendedSupportIsUnsupported() throws {
    let assessor = try Assessor(scenario: Scenario(), asOf: "2027-06-01")
    let assessed = assessor.assess(.fixture(), server: .fixture(osBuild: 14393))
    let found = assessed.findings.filter { $0.rule == KernelVersionRule.id }
    XCTAssertEqual(found.map(\.id), ["base-image-unsupported", "hyperv-for-build"])
    XCTAssertEqual(found.first?.evidence, "ltsc2016 (14393) base image support ended 2027-01-11")
  }

  func testMatchingSupportedBuildRaisesNothing() {
    XCTAssertEqual(findings(of: KernelVersionRule.self, .fixture(), on: .fixture(osBuild: 20348)), [])
  }
}
