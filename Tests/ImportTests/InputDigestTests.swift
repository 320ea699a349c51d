import XCTest

@testable import ContainerFitImport

final class InputDigestTests: XCTestCase {
  /// Reports and the run history name each input by its SHA-256, which a client checks with
  /// `sha256sum`: the digest is the file's, as `sha256sum` prints it.
  func testInputDigestIsTheFilesSHA256() throws {
    let path = try fixturePath("testInputDigestIsTheFilesSHA256.csv")
    let estate = try InventoryLoader().load([path])
    XCTAssertEqual(estate.inputs.map(\.sha256), ["aab860ccb1c2fadeb467eef4f1f2379d39010eacdb0fc27b349b74511ae59568"])
  }
}
