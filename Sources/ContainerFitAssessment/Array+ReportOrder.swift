extension Array where Element == Finding {
  /// Sorts the findings in `Finding.reportOrder`, stably, by insertion. An application has a handful
  /// of findings; comparing them in place avoids the generic sort's copy of both findings (four
  /// strings each) for every comparison, a visible share of scoring a large estate.
  mutating func sortInReportOrder() {
    guard count > 1 else { return }
    withUnsafeMutableBufferPointer { buffer in
      for sortedEnd in 1..<buffer.count {
        var index = sortedEnd
        while index > 0, Finding.reportOrder(buffer[index], buffer[index - 1]) {
          buffer.swapAt(index, index - 1)
          index -= 1
        }
      }
    }
  }
}

extension Array {
  /// A copy with capacity for exactly its elements (an empty array shares the empty singleton).
  /// `Array(self)` would share this buffer, spare capacity included.
  func exactCopy() -> [Element] {
    guard !isEmpty else { return [] }
    return withUnsafeBufferPointer { source in
      [Element](unsafeUninitializedCapacity: source.count) { target, initialized in
        _ = target.initialize(fromContentsOf: source)
        initialized = source.count
      }
    }
  }
}
