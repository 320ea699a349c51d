import ContainerFitModel
import XCTest

final class BaseImageSizeTests: XCTestCase {
  func testTheSizeAloneIsTheSizeOfTheFactForEveryImageAndBuild() {
    let builds = [14393, 17763, 20348, 26100, 26200] + WindowsRelease.all.map(\.build)
    for image in BaseImage.allCases {
      for build in builds {
        XCTAssertEqual(image.onDiskGB(build: build), image.onDiskSize(build: build).value, "\(image) \(build)")
      }
    }
    // ltsc2025 is not published: its size is the 2022 figure, and the fact says so.
    XCTAssertTrue(BaseImage.servercore.onDiskSize(build: 26100).source.contains("ltsc2025 not published"))
  }
}
