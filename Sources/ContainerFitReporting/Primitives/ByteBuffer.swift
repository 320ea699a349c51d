/// Bytes appended to one block of memory the buffer owns, for the encoders of the outputs that hold a
/// line per application: they append a few bytes at a time, tens of millions of times, and
/// `[UInt8].append` checks the array's uniqueness and capacity through a call on each append.
/// Owned by one encoder at a time (it cannot be copied), so an append is a capacity check and a copy.
struct ByteBuffer: ~Copyable, @unchecked Sendable {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 256) {
    self.capacity = Swift.max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  var isEmpty: Bool { count == 0 }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: 1) }
    base[count] = byte
    count += 1
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    if bytes.count > capacity - count { grow(toHold: bytes.count) }
    (base + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  @inline(__always)
  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }

  /// The text's UTF-8 bytes, as they are (no escaping).
  mutating func append(_ text: String) {
    text.withUTF8Bytes { append($0) }
  }

  /// The bytes appended so far, read in place.
  func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// The bytes appended so far, as text (they are UTF-8).
  var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

  /// Makes room for `extra` more bytes, at least doubling, so appends stay amortised O(1).
  private mutating func grow(toHold extra: Int) {
    let newCapacity = Swift.max(capacity * 2, count + extra)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}

/// A finished buffer, handed from the thread that encoded it to the one that writes it out.
final class EncodedBytes: Sendable {
  let buffer: ByteBuffer

  init(_ buffer: consuming ByteBuffer) {
    self.buffer = buffer
  }
}
