import XCTest

@testable import ContainerFitModel

final class SHA256Tests: XCTestCase {
  private func hex(_ text: String) -> String {
    var sha = SHA256()
    sha.update(Array(text.utf8))
    return sha.hexDigest()
  }

  func testKnownVectors() {
    XCTAssertEqual(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    XCTAssertEqual(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    XCTAssertEqual(
      hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  func testChunkingDoesNotChangeTheDigest() {
    let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var whole = SHA256()
    whole.update(bytes)
    var pieces = SHA256()
    var index = 0
    var step = 1
    while index < bytes.count {
      let end = min(bytes.count, index + step)
      pieces.update(Array(bytes[index..<end]))
      index = end
      step = step % 97 + 13
    }
    XCTAssertEqual(whole.hexDigest(), pieces.hexDigest())
  }

  func testMillionAs() {
    var sha = SHA256()
    sha.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
    XCTAssertEqual(sha.hexDigest(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
