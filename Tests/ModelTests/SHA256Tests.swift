import XCTest

@testable import ContainerFitModel

final class SHA256Tests: XCTestCase {
  /// The NIST test vectors (FIPS 180-4 examples and the long-message test), as (message, digest).
  private static let vectors: [([UInt8], String)] = [
    ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      Array(
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
          + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
    (
      [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    ),
  ]

  private func hex(_ bytes: [UInt8], allowingHardwareAcceleration: Bool = true) -> String {
    var sha = SHA256(allowingHardwareAcceleration: allowingHardwareAcceleration)
    sha.update(bytes)
    return sha.hexDigest()
  }

  /// Feeds `bytes` in pieces whose sizes come from `generator`, crossing block edges at odd places.
  private func hexInChunks(
    _ bytes: [UInt8], allowingHardwareAcceleration: Bool, using generator: inout some RandomNumberGenerator
  ) -> String {
    var sha = SHA256(allowingHardwareAcceleration: allowingHardwareAcceleration)
    var index = 0
    while index < bytes.count {
      let step =
        Bool.random(using: &generator)
        ? Int.random(in: 1...80, using: &generator)
        : Int.random(in: 1...5_000, using: &generator)
      let end = min(bytes.count, index + step)
      bytes[index..<end].withUnsafeBytes { sha.update($0) }
      index = end
    }
    return sha.hexDigest()
  }

  func testKnownVectors() {
    for (message, digest) in Self.vectors {
      XCTAssertEqual(hex(message), digest, "message of \(message.count) bytes")
    }
  }

  func testKnownVectorsWithoutHardwareAcceleration() {
    for (message, digest) in Self.vectors {
      XCTAssertEqual(hex(message, allowingHardwareAcceleration: false), digest, "message of \(message.count) bytes")
    }
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

  func testHardwareAndSwiftPathsAgreeOnRandomInputs() {
    var generator = SeededGenerator(seed: 0x5348_4132_3536)
    let lengths = Array(0...1_000) + [4_095, 4_096, 65_537, 1_048_576 + 13]
    for length in lengths {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let reference = hexInChunks(bytes, allowingHardwareAcceleration: false, using: &generator)
      let candidate = hexInChunks(bytes, allowingHardwareAcceleration: true, using: &generator)
      XCTAssertEqual(candidate, reference, "message of \(length) bytes")
      if candidate != reference { return }
    }
  }
}
