import Dispatch

extension Array where Element: Sendable {
  /// `map` on all cores, in order: the array is cut into chunks a few times the core count (so cores
  /// that finish early take more), each chunk written straight into its place in the result.
  /// For per-element work of a microsecond or more over large arrays; `transform` must be pure.
  public func concurrentMap<T: Sendable>(minimumChunk: Int = 256, _ transform: @Sendable (Element) -> T) -> [T] {
    guard count > minimumChunk else { return map(transform) }
    return withUnsafeBufferPointer { elements in
      let source = UnsafeSendableBuffer(buffer: elements)
      return [T](concurrentlyMaking: count, minimumChunk: minimumChunk) { transform(source.buffer[$0]) }
    }
  }

  /// `element(0)`, `element(1)`, … `element(count - 1)`, made on all cores as `concurrentMap`
  /// makes its results: for work that reads other arrays by index (an array of the indices would
  /// only be made to be mapped).
  public init(concurrentlyMaking count: Int, minimumChunk: Int = 256, _ element: @Sendable (Int) -> Element) {
    self.init(concurrentlyMaking: count, minimumChunk: minimumChunk) { range, put in
      for index in range { put(index, element(index)) }
    }
  }

  /// The same, a chunk of indices at a time, for work that sets something up once per chunk (a
  /// worker's caches): `makeChunk` gets its range and must `put` each of its indices once, in
  /// order, each value moved into its place in the result.
  public init(
    concurrentlyMaking count: Int, minimumChunk: Int = 256,
    chunks makeChunk: @Sendable (Range<Int>, _ put: (Int, consuming Element) -> Void) -> Void
  ) {
    self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = UninitializedSlots(base: buffer.baseAddress)
      concurrentlyForEachChunk(of: count, minimumChunk: minimumChunk) { range in
        var next = range.lowerBound
        makeChunk(range) { index, value in
          precondition(index == next, "each index of a chunk is put once, in order")
          slots.initialize(at: index, to: consume value)
          next += 1
        }
        precondition(next == range.upperBound, "every index of a chunk is put")
      }
      initialized = count
    }
  }

  /// `init(concurrentlyMaking:chunks:)` from this array's elements, each taken rather than copied:
  /// `take(index)` moves element `index` out, leaving `placeholder` in its place. For an array about
  /// to be dropped whose elements move into the results, where a copy would retain every string of
  /// each element only for the drop to release them all again.
  public mutating func concurrentlyMaking<T: Sendable>(
    minimumChunk: Int = 256, placeholder: @escaping @Sendable () -> Element,
    chunks makeChunk: @Sendable (Range<Int>, _ take: (Int) -> Element, _ put: (Int, consuming T) -> Void) -> Void
  ) -> [T] {
    let count = self.count
    return withUnsafeMutableBufferPointer { elements in
      let source = UnsafeSendableMutableBuffer(buffer: elements)
      return [T](concurrentlyMaking: count, minimumChunk: minimumChunk) { range, put in
        let take = { (index: Int) -> Element in
          precondition(range.contains(index), "a chunk takes only its own elements")
          var taken = placeholder()
          swap(&taken, &source.buffer[index])
          return taken
        }
        // Both closures are used only during the call (the exclusivity check cannot see that).
        withoutActuallyEscaping(put) { put in makeChunk(range, take, put) }
      }
    }
  }

  /// Changes every element in place on all cores, in chunks as `init(concurrentlyMaking:)` cuts
  /// them: `update` gets each index once, with its element `inout` (nothing is copied), and must
  /// touch no other element.
  public mutating func concurrentlyUpdateEach(
    minimumChunk: Int = 256, _ update: @Sendable (Int, inout Element) -> Void
  ) {
    let count = self.count
    withUnsafeMutableBufferPointer { elements in
      let target = UnsafeSendableMutableBuffer(buffer: elements)
      concurrentlyForEachChunk(of: count, minimumChunk: minimumChunk) { range in
        for index in range { update(index, &target.buffer[index]) }
      }
    }
  }
}

/// Cuts `0..<count` into chunks a few times the core count (at least `minimumChunk` each, so cores
/// that finish early take more) and runs `body` on each, on all cores.
private func concurrentlyForEachChunk(of count: Int, minimumChunk: Int, _ body: @Sendable (Range<Int>) -> Void) {
  let chunkSize = Swift.max(1, minimumChunk, count / 64)
  let chunks = (count + chunkSize - 1) / chunkSize
  DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
    body(chunk * chunkSize..<Swift.min(count, (chunk + 1) * chunkSize))
  }
}

/// The result array's own storage while `init(concurrentlyMaking:)` fills it: each index is
/// initialised by exactly one iteration. Unlike `ResultSlots` it holds no optionals and no copy:
/// values are moved straight into the array, which is what makes the array's initialiser cheap.
private struct UninitializedSlots<T>: @unchecked Sendable {
  let base: UnsafeMutablePointer<T>?

  /// Moves `value` into its slot (a borrowed value would be copied, every string it holds retained,
  /// and the original released right after).
  func initialize(at index: Int, to value: consuming T) {
    base?.advanced(by: index).initialize(to: consume value)
  }
}

/// The source of `concurrentMap`, read (never written) by every iteration while the array is pinned.
private struct UnsafeSendableBuffer<T>: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<T>
}

/// The elements of `concurrentlyMaking(placeholder:chunks:)` and `concurrentlyUpdateEach`: each index
/// is handed to exactly one chunk.
private struct UnsafeSendableMutableBuffer<T>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T>
}
