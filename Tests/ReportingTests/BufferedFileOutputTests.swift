import XCTest

@testable import ContainerFitReporting

final class BufferedFileOutputTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = try makeScratchFolder()
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Pieces of uneven sizes (some larger than the buffer), so buffer boundaries fall everywhere.
  private func pieces(total: Int) -> [[UInt8]] {
    var generator = SystemRandomNumberGenerator()
    var result: [[UInt8]] = []
    var written = 0
    while written < total {
      let count = Swift.min(total - written, Int.random(in: 1...20_000, using: &generator))
      result.append((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
      written += count
    }
    return result
  }

  private func read(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// Past the threshold the whole buffers go by direct I/O (where the file system allows it) and
  /// the tail through the page cache: the file holds exactly what was written, in order.
  func testLargeFileIsWrittenWholeAcrossTheDirectThreshold() throws {
    let path = folder + "/large.bin"
    let output = try BufferedFileOutput(creatingAt: path, capacity: 8_192, directThreshold: 16_384)
    let written = pieces(total: 300_001)
    for piece in written { try output.write(piece) }
    XCTAssertEqual(output.offset, 300_001)
    try output.finish(synchronize: true)
    XCTAssertEqual(try read(path), Array(written.joined()))
  }

  /// A zip header is rewritten after its entry: in the part already in the file, in the part still
  /// buffered, and across both. A later write of the buffer must not undo any of them.
  func testOverwriteLandsInTheFileAndInTheBuffer() throws {
    let path = folder + "/patched.bin"
    let output = try BufferedFileOutput(creatingAt: path, capacity: 8_192, directThreshold: 0)
    var expected = [UInt8](repeating: 0x2E, count: 50_000)
    try output.write(expected)
    // The buffer now starts at 49,152 (six whole buffers written).
    let patches: [(at: Int, bytes: [UInt8])] = [
      (100, Array("first".utf8)), (49_150, Array("straddles".utf8)), (49_990, Array("tail".utf8)),
    ]
    for patch in patches {
      try output.overwrite(patch.bytes, at: patch.at)
      expected.replaceSubrange(patch.at..<(patch.at + patch.bytes.count), with: patch.bytes)
    }
    let more = [UInt8](repeating: 0x41, count: 20_000)
    try output.write(more)
    try output.finish(synchronize: false)
    XCTAssertEqual(try read(path), expected + more)
  }

  func testSmallFileAndTextAreWrittenAsGiven() throws {
    let path = folder + "/small.txt"
    let output = try BufferedFileOutput(creatingAt: path, exclusive: true)
    try output.write("héllo, ")
    try output.write(Array("world".utf8))
    try output.finish(synchronize: false)
    XCTAssertEqual(String(decoding: try read(path), as: UTF8.self), "héllo, world")
    XCTAssertThrowsError(try BufferedFileOutput(creatingAt: path, exclusive: true))
  }
}
