import ContainerFitModel
import XCTest

@testable import ContainerFitPlanning

final class LicenceModelTests: XCTestCase {
  let model = LicenceModel(settings: Scenario.LicensingSettings())

  func testSmallHostsAreLicensedForSixteenCoresAndEightPerProcessor() {
    XCTAssertEqual(LicenceModel.licensedCores(cores: 4, processors: 1), 16)
    XCTAssertEqual(LicenceModel.licensedCores(cores: 12, processors: 4), 32)  // 8 × 4 processors
    XCTAssertEqual(LicenceModel.licensedCores(cores: 23, processors: 1), 24)  // 2-core packs
  }

  func testAnEightCoreStandardHostCostsOneSixteenCoreLicenceOverThreeYears() {
    // 16 cores licensed × $1,069 per 16 cores / 3 years = $356.33 a year.
    XCTAssertEqual(
      model.annualCost(edition: .standard, cores: 8, processors: 1, hypervContainers: 0), 1069.0 / 3, accuracy: 0.001)
  }

  func testStandardStacksOneFullLicensingPerTwoHypervContainers() {
    XCTAssertEqual(LicenceModel.standardLicensings(hypervContainers: 0), 1)
    XCTAssertEqual(LicenceModel.standardLicensings(hypervContainers: 2), 1)
    XCTAssertEqual(LicenceModel.standardLicensings(hypervContainers: 3), 2)
    // 32 cores, 5 Hyper-V containers: 3 licensings × 2 × $1,069 / 3 years = $2,138.
    XCTAssertEqual(
      model.annualCost(edition: .standard, cores: 32, processors: 2, hypervContainers: 5), 3 * 2 * 1069.0 / 3,
      accuracy: 0.001)
  }

  func testDatacenterIsChosenFromElevenHypervContainersOn() {
    // Standard for 10: 5 × $1,069 = $5,345 < $6,155; for 11: 6 × $1,069 = $6,414 > $6,155.
    XCTAssertEqual(model.choose(cores: 16, processors: 1, hypervContainers: 10, hostEdition: nil).edition, .standard)
    let eleven = model.choose(cores: 16, processors: 1, hypervContainers: 11, hostEdition: nil)
    XCTAssertEqual(eleven.edition, .datacenter)
    XCTAssertEqual(eleven.annualCost, 6155.0 / 3, accuracy: 0.001)
    XCTAssertEqual(
      model.choose(cores: 16, processors: 1, hypervContainers: 500, hostEdition: .standard).edition, .standard)
  }

  func testIncludedLicencesCostTheSurchargePerVCPUHour() {
    var settings = Scenario.LicensingSettings()
    settings.model = .included
    let included = LicenceModel(settings: settings)
    // 16 vCPU × $0.046 × 8,760 h = $6,447.36.
    let choice = included.choose(cores: 16, processors: 1, hypervContainers: 3, hostEdition: nil)
    XCTAssertEqual(choice.edition, .included)
    XCTAssertEqual(choice.annualCost, 6447.36, accuracy: 0.001)
  }

  func testServersTodayCostTheCashOfTheirLicenceAndARangeWhenTheEditionIsUnknown() {
    // Software Assurance (25%) under per-VM licensing: a 4-vCPU VM is licensed for 8 cores.
    let datacenterVM = model.currentAnnualCost(
      of: Server(id: "s", cores: 4, platform: .vm, licenseEdition: .datacenter))
    XCTAssertEqual(datacenterVM.low, 8 * 6155.0 / 16 * 0.25, accuracy: 0.001)
    XCTAssertEqual(datacenterVM.high, datacenterVM.low)
    // A physical server: all its cores, 16 at least (8 per processor × 2).
    let physical = model.currentAnnualCost(
      of: Server(id: "s", cores: 12, platform: .physical, licenseEdition: .standard))
    XCTAssertEqual(physical.low, 16 * 1069.0 / 16 * 0.25, accuracy: 0.001)
    // Unknown edition: Standard to Datacenter.
    let unknown = model.currentAnnualCost(of: Server(id: "s", cores: 40, platform: .vm, licenseEdition: nil))
    XCTAssertEqual(unknown.low, 40 * 1069.0 / 16 * 0.25, accuracy: 0.001)
    XCTAssertEqual(unknown.high, 40 * 6155.0 / 16 * 0.25, accuracy: 0.001)
    XCTAssertEqual(model.currentAnnualCost(of: Server(id: "s", cores: 8, licenseEdition: LicenseEdition.none)), .zero)
    // A cloud server's licence-included charge; the amortised (book) view spreads the price instead.
    XCTAssertEqual(
      model.currentAnnualCost(of: Server(id: "s", cores: 4, platform: .cloud, licenseEdition: nil)).low,
      4 * 0.046 * 8760, accuracy: 0.001)
    var book = Scenario.LicensingSettings()
    book.currentBasis = .amortized
    XCTAssertEqual(
      LicenceModel(settings: book).currentAnnualCost(of: Server(id: "s", cores: 8, licenseEdition: .datacenter)).low,
      6155.0 / 3, accuracy: 0.001)
  }

  func testAutoIsLicenceIncludedInTheCloudAndPerCoreOnPremises() {
    for platform in TargetPlatform.allCases {
      XCTAssertEqual(
        LicenceModel(settings: Scenario.LicensingSettings(), platform: platform).model,
        platform == .onPrem ? .perCore : .included, platform.rawValue)
    }
  }

  func testPerCoreLicencesOnEC2AreRefusedUnlessTheyAreEligibleBYOLOnDedicatedHosts() {
    var scenario = Scenario()
    scenario.licensing.model = .perCore
    XCTAssertTrue(scenario.byolViolation()?.contains("Dedicated Hosts") == true)
    scenario.licensing.byolEligible = true
    scenario.host.tenancy = .dedicatedHost
    XCTAssertTrue(scenario.byolViolation()?.contains("newer than Windows Server 2019") == true)
    scenario.allowedHostBuilds = [17763]
    XCTAssertNil(scenario.byolViolation())
    var onPrem = Scenario()
    onPrem.platform = .onPrem
    onPrem.licensing.model = .perCore
    XCTAssertNil(onPrem.byolViolation())
  }

  /// 24 cores (2 × 12) at 25% Software Assurance: Standard $1,069 and Datacenter $6,155 per 16 cores.
  func testAHostIsLicensedOnceForItsVMsDatacenterCoveringAllAndStandardTwoEach() {
    let host = HypervisorHost(name: "esx01", sockets: 2, coresPerSocket: 12)
    let standardOnce = 24.0 / 16 * 1_069 * 0.25
    let datacenter = 24.0 / 16 * 6_155 * 0.25
    let three = model.currentAnnualCost(ofHost: host, editions: [.standard, .standard, .standard])
    XCTAssertEqual(three.low, 2 * standardOnce, accuracy: 1e-9, "3 Standard VMs: 2 full licensings")
    XCTAssertEqual(three.high, three.low)
    XCTAssertEqual(
      model.currentAnnualCost(ofHost: host, editions: [.datacenter, nil, .standard]).low, datacenter, accuracy: 1e-9)
    let unknown = model.currentAnnualCost(ofHost: host, editions: [nil, nil])
    XCTAssertEqual(unknown.low, standardOnce, accuracy: 1e-9)
    XCTAssertEqual(unknown.high, datacenter, accuracy: 1e-9)
    XCTAssertEqual(model.currentAnnualCost(ofHost: host, editions: []), .zero, "a host with no Windows VM left")
    XCTAssertEqual(model.currentAnnualCost(ofHost: HypervisorHost(name: "x"), editions: [.standard]), .zero)
  }
}
