import Dispatch

extension Array where Element: Sendable {
  /// `map` on all cores, in order: the array is cut into chunks a few times the core count (so cores
  /// that finish early take more), each chunk written straight into its place in the result.
  /// For per-element work of a microsecond or more over large arrays; `transform` must be pure.
  public func concurrentMap<T: Sendable>(minimumChunk: Int = 256, _ transform: @Sendable (Element) -> T) -> [T] {
    guard count > minimumChunk else { return map(transform) }
    return withUnsafeBufferPointer { elements in
      let source = UnsafeSendableBuffer(buffer: elements)
      return concurrentlyMade(count: count, minimumChunk: minimumChunk) { transform(source.buffer[$0]) }
    }
  }
}

extension Array {
  /// `concurrentMap` handing each element (with its index) over `inout`, so `transform` can take
  /// parts of it (swapping in a cheap placeholder) rather than copy them: for large elements of an
  /// array about to be dropped, a copy retained every string only for the drop to release them all
  /// again, on one core.
  public mutating func concurrentMap<T: Sendable>(
    minimumChunk: Int = 256, taking transform: @Sendable (Int, inout Element) -> T
  ) -> [T] {
    let count = self.count
    return withUnsafeMutableBufferPointer { elements in
      let source = UnsafeSendableMutableBuffer(buffer: elements)
      return concurrentlyMade(count: count, minimumChunk: minimumChunk) { transform($0, &source.buffer[$0]) }
    }
  }
}

/// The elements `element(0..<count)`, made on all cores in chunks a few times the core count, each
/// written straight into its place in the result.
private func concurrentlyMade<T: Sendable>(count: Int, minimumChunk: Int, _ element: @Sendable (Int) -> T) -> [T] {
  let chunkSize = Swift.max(minimumChunk, count / 64)
  let chunks = (count + chunkSize - 1) / chunkSize
  return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
    let slots = UninitializedSlots(base: buffer.baseAddress)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let start = chunk * chunkSize
      for index in start..<Swift.min(count, start + chunkSize) { slots.initialize(at: index, to: element(index)) }
    }
    initialized = count
  }
}

/// The result buffer of `concurrentlyMade`: each index is initialised by exactly one iteration.
private struct UninitializedSlots<T>: @unchecked Sendable {
  let base: UnsafeMutablePointer<T>?

  /// Moves `value` into its slot: a borrowed value was copied in (every string it holds retained)
  /// and the original released right after.
  func initialize(at index: Int, to value: consuming T) {
    base?.advanced(by: index).initialize(to: consume value)
  }
}

/// The source of `concurrentMap`, read (never written) by every iteration while the array is pinned.
private struct UnsafeSendableBuffer<T>: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<T>
}

/// The source of `concurrentMap(taking:)`: each index is handed to exactly one iteration.
private struct UnsafeSendableMutableBuffer<T>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T>
}
