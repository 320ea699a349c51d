internal import CSHA256Accel

/// SHA-256 (FIPS 180-4), used to fingerprint input files in reports and the run history so a
/// consultant can prove which files a report was made from. Streaming: `update` takes any chunking.
///
/// Where the CPU has the x86 SHA extensions, whole blocks go to a C block loop built on them (several
/// times faster than the Swift rounds, which matters for inputs of hundreds of megabytes); elsewhere the
/// Swift rounds below do the work.
public struct SHA256: Sendable {
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
  private var buffer: [UInt8] = []
  private var length: UInt64 = 0
  private let accelerated: Bool

  /// Whether this CPU has the SHA extensions; asked once, as CPUID is not free.
  static let hardwareAccelerationAvailable = csha256_accel_available() != 0

  public init() { self.init(allowingHardwareAcceleration: true) }

  /// `allowingHardwareAcceleration: false` forces the Swift rounds, so tests can compare both paths.
  init(allowingHardwareAcceleration: Bool) {
    accelerated = allowingHardwareAcceleration && SHA256.hardwareAccelerationAvailable
    buffer.reserveCapacity(64)
  }

  /// Adds bytes to the digest.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    length &+= UInt64(bytes.count)
    var offset = 0
    if !buffer.isEmpty {
      let take = min(64 - buffer.count, bytes.count)
      buffer.append(contentsOf: bytes[0..<take])
      offset = take
      if buffer.count == 64 {
        buffer.withUnsafeBytes { compress($0.baseAddress!, blockCount: 1) }
        buffer.removeAll(keepingCapacity: true)
      }
    }
    let blockCount = (bytes.count - offset) / 64
    if blockCount > 0 {
      compress(bytes.baseAddress! + offset, blockCount: blockCount)
      offset += blockCount * 64
    }
    if offset < bytes.count { buffer.append(contentsOf: bytes[offset...]) }
  }

  /// Adds bytes to the digest.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// The digest as lower-case hex.
  public consuming func hexDigest() -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for byte in digest() {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The 32 digest bytes.
  public consuming func digest() -> [UInt8] {
    let bitLength = length &* 8
    var tail: [UInt8] = [0x80]
    let padding = (56 - Int((length + 1) % 64) + 64) % 64
    tail.append(contentsOf: repeatElement(0, count: padding))
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    let savedLength = length
    update(tail)
    length = savedLength
    let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
    var out: [UInt8] = []
    out.reserveCapacity(32)
    for word in words {
      for shift in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
    }
    return out
  }

  /// The round constants, from the C target's table (one copy for both paths).
  private static let k: [UInt32] = withUnsafeBytes(of: csha256_round_constants) {
    Array($0.bindMemory(to: UInt32.self))
  }

  /// Runs the compression function over `blockCount` consecutive 64-byte blocks.
  private mutating func compress(_ blocks: UnsafeRawPointer, blockCount: Int) {
    guard accelerated else {
      for index in 0..<blockCount { compress(blocks + index * 64) }
      return
    }
    // A tuple of one element type is laid out like a C array, so the C loop updates `state` in place
    // (a, b, ..., h in order) with no copy either way.
    withUnsafeMutablePointer(to: &state) { tuple in
      tuple.withMemoryRebound(to: UInt32.self, capacity: 8) { words in
        csha256_accel_compress(words, blocks.assumingMemoryBound(to: UInt8.self), blockCount)
      }
    }
  }

  private mutating func compress(_ block: UnsafeRawPointer) {
    // A stack buffer: one heap allocation per 64-byte block would dominate the cost.
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for i in 0..<16 {
        w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
      }
      for i in 16..<64 {
        let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
        let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
      }
      var (a, b, c, d, e, f, g, h) = state
      SHA256.k.withUnsafeBufferPointer { k in
        for i in 0..<64 {
          let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
          let ch = (e & f) ^ (~e & g)
          let t1 = h &+ s1 &+ ch &+ k[i] &+ w[i]
          let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
          let maj = (a & b) ^ (a & c) ^ (b & c)
          let t2 = s0 &+ maj
          (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
      }
      state = (
        state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g,
        state.7 &+ h
      )
    }
  }

  @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
