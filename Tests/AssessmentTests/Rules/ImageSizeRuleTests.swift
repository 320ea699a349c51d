import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class ImageSizeRuleTests: AssessmentTestCase {
  func testImageAboveTenGBIsLarge() {
    var scenario = Self.windowsContainers
    scenario.allowedHostBuilds = [17763]
    let assessed = assess(.fixture(dependencies: .some([.fonts])), on: .fixture(osBuild: 17763), scenario: scenario)
    let found = assessed.findings.filter { $0.rule == ImageSizeRule.id }
    XCTAssertEqual(found.map(\.id), ["image-size-large"])
    XCTAssertEqual(
      found.first?.evidence, "estimated image 12.2 GB = windows ltsc2019 12 GB + runtime 0.1 GB + install 0.1 GB")
    XCTAssertEqual(found.first?.points, 5)
    XCTAssertEqual(assessed.imageSizeGB, 12.2)
  }

  func testImageAboveTwentyGBIsVeryLarge() {
    let found = findings(of: ImageSizeRule.self, .fixture(installSizeMB: .some(25_000)))
    XCTAssertEqual(found.map(\.id), ["image-size-very-large"])
    XCTAssertEqual(
      found.first?.evidence,
      "estimated image 24.81 GB = nanoserver ltsc2025 0.3 GB + runtime 0.1 GB + install 24.41 GB")
    XCTAssertEqual(found.first?.points, 15)
  }

  func testServerCoreFrameworkImageIsNotLarge() {
    let assessed = assess(.fixture(runtime: .some("dotnet-framework-4.8"), installSizeMB: .some(500)))
    XCTAssertEqual(assessed.imageSizeGB, 5.19)
    XCTAssertEqual(assessed.findings.filter { $0.rule == ImageSizeRule.id }, [])
  }
}
