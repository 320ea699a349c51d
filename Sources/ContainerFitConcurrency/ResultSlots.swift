/// Results of concurrent work, by index: each slot is written once, by the one worker that makes its
/// value, and read once every worker is done (after the group is waited on or `concurrentPerform`
/// returns). Slots nobody wrote read as `nil`. Workers write distinct slots, so no lock is needed.
public final class ResultSlots<Value>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<Value?>
  public let count: Int

  public init(count: Int) {
    self.count = count
    base = UnsafeMutablePointer<Value?>.allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  public subscript(index: Int) -> Value? {
    get {
      precondition(index >= 0 && index < count, "slot \(index) of \(count)")
      return base[index]
    }
    set {
      precondition(index >= 0 && index < count, "slot \(index) of \(count)")
      base[index] = newValue
    }
  }

  /// Every slot, in index order.
  public var values: [Value?] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
