import ContainerFitModel
import XCTest

final class ImageReferenceTests: XCTestCase {
  private func reference(
    _ family: BaseImage, _ runtime: String?, _ kind: ApplicationKind?, _ build: Int, netFx35: Bool = false
  ) -> String {
    ImageReference.reference(
      family: family, runtime: runtime.map(Runtime.init(parsing:)), kind: kind, build: build,
      needsFramework35: netFx35)
  }

  func testDotNetFrameworkSitesAndServicesGetTheFrameworkImagesPublishedForTheirBuild() {
    XCTAssertEqual(
      reference(.servercore, "dotnet-framework-4.8", .iisSite, 26100),
      "mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025")
    XCTAssertEqual(
      reference(.servercore, "dotnet-framework-4.7.2", .windowsService, 20348),
      "mcr.microsoft.com/dotnet/framework/runtime:4.8.1-windowsservercore-ltsc2022")
    XCTAssertEqual(
      reference(.servercore, "dotnet-framework-4.8", .iisSite, 17763),
      "mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019")
  }

  func testDotNetFramework35StartsFromServerCoreBecauseNo35ImageExists() {
    XCTAssertEqual(
      reference(.servercore, "dotnet-framework-3.5", .iisSite, 20348, netFx35: true),
      "mcr.microsoft.com/windows/servercore:ltsc2022")
  }

  func testDotNetAppsGetTheDotNet10ImagesOn2022AndLaterAndNanoServer1809On2019() {
    XCTAssertEqual(
      reference(.nanoserver, "dotnet-8", .console, 26100), "mcr.microsoft.com/dotnet/runtime:10.0-nanoserver-ltsc2025")
    XCTAssertEqual(
      reference(.nanoserver, "dotnet-8", .console, 17763), "mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-1809")
    XCTAssertEqual(
      reference(.servercore, "dotnet-6", .iisSite, 20348),
      "mcr.microsoft.com/dotnet/aspnet:10.0-windowsservercore-ltsc2022")
  }

  func testOtherAppsGetTheOperatingSystemImageOfTheirFamily() {
    XCTAssertEqual(
      reference(.servercore, "classic-asp", .iisSite, 20348),
      "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022")
    XCTAssertEqual(reference(.servercore, nil, .windowsService, 26100), "mcr.microsoft.com/windows/servercore:ltsc2025")
    XCTAssertEqual(reference(.nanoserver, "go-1.22", .console, 17763), "mcr.microsoft.com/windows/nanoserver:1809")
    XCTAssertEqual(reference(.server, "native", .windowsService, 20348), "mcr.microsoft.com/windows/server:ltsc2022")
    XCTAssertEqual(reference(.windows, "native", .windowsService, 17763), "mcr.microsoft.com/windows:1809")
  }
}
