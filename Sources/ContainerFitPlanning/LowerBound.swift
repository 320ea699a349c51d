/// Lower bounds on the number of bins a vector packing needs, so a plan's quality is visible:
/// L1 (total demand over capacity, per dimension) and the Martello-Toth L2 bound per dimension.
public enum LowerBound {
  /// max over dimensions of L1 and L2; 0 for no items. Items larger than the capacity are ignored
  /// (they are planning exceptions, not bins).
  public static func bins(for items: [PackingVector], capacity: PackingVector) -> Int {
    let fitting = items.filter { $0.fits(in: capacity) }
    guard !fitting.isEmpty else { return 0 }
    let cpu = fitting.map(\.cpu)
    let memory = fitting.map(\.memory)
    return max(
      l1(cpu, capacity: capacity.cpu), l1(memory, capacity: capacity.memory),
      l2(cpu, capacity: capacity.cpu), l2(memory, capacity: capacity.memory))
  }

  /// ceil(total size / capacity).
  public static func l1(_ sizes: [Int], capacity: Int) -> Int {
    guard capacity > 0 else { return sizes.isEmpty ? 0 : sizes.count }
    let total = sizes.reduce(0, +)
    return (total + capacity - 1) / capacity
  }

  /// Martello and Toth's L2 bound for one-dimensional bin packing (1990): for each threshold K
  /// ≤ C/2, items larger than C − K each need their own bin, items in (C/2, C − K] need one bin
  /// each, and items in [K, C/2] must fill what those bins leave, or open new ones.
  public static func l2(_ sizes: [Int], capacity c: Int) -> Int {
    guard c > 0, !sizes.isEmpty else { return 0 }
    let sorted = sizes.sorted()  // ascending
    var prefix = [Int](repeating: 0, count: sorted.count + 1)
    for (index, size) in sorted.enumerated() { prefix[index + 1] = prefix[index] + size }
    // Index of the first size > value (upper bound) and >= value (lower bound).
    func firstGreater(_ value: Int) -> Int {
      var low = 0
      var high = sorted.count
      while low < high {
        let mid = (low + high) / 2
        if sorted[mid] > value { high = mid } else { low = mid + 1 }
      }
      return low
    }
    func firstAtLeast(_ value: Int) -> Int { firstGreater(value - 1) }
    let half = c / 2  // sizes ≤ half satisfy 2w ≤ C
    let firstAboveHalf = firstGreater(half)
    var thresholds = [0]
    var previous = -1
    for size in sorted.prefix(firstAboveHalf) where size != previous {
      thresholds.append(size)
      previous = size
    }
    var best = 0
    for k in thresholds {
      let firstJ1 = firstGreater(c - k)
      let n1 = sorted.count - firstJ1
      let n2 = firstJ1 - firstAboveHalf
      let sum2 = prefix[firstJ1] - prefix[firstAboveHalf]
      let firstJ3 = firstAtLeast(k)
      let sum3 = prefix[firstAboveHalf] - prefix[firstJ3]
      let spill = sum3 - (n2 * c - sum2)
      let extra = spill > 0 ? (spill + c - 1) / c : 0
      best = max(best, n1 + n2 + extra)
    }
    return best
  }
}
