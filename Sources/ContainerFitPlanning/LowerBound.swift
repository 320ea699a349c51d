/// Lower bounds on the number of bins a vector packing needs, so a plan's quality is visible.
///
/// Per dimension: L1 (total demand over capacity), the Martello-Toth L2 bound, and a cardinality
/// bound (no bin holds more items than the smallest ones that fit together). Across dimensions:
/// the same one-dimensional bounds on surrogate sizes λ·cpu/C_cpu + (1 − λ)·memory/C_memory
/// (Caprara and Toth, 2001, use such surrogate relaxations): a set of items that fits a bin in
/// both dimensions fits it in every such combination, so each bound of the one-dimensional
/// relaxation is a bound of the vector packing. It catches what one dimension alone cannot: items
/// large in one dimension and small in the other that still cannot share a bin in pairs.
public enum LowerBound {
  /// The strongest bound here: `oneDimensional`, the cardinality bounds and the surrogate bounds; 0
  /// for no items. Items larger than the capacity are ignored (they are planning exceptions, not bins).
  public static func bins(for items: [PackingVector], capacity: PackingVector) -> Int {
    let fitting = items.filter { $0.fits(in: capacity) }
    guard !fitting.isEmpty else { return 0 }
    var best = 0
    for (sizes, binSize) in [(fitting.map(\.cpu), capacity.cpu), (fitting.map(\.memory), capacity.memory)] {
      let (sorted, binSize) = reduced(sortedSizes(sizes, maximum: binSize), capacity: binSize)
      best = max(
        best, l1(sorted, capacity: binSize), l2(sorted: sorted, capacity: binSize),
        cardinality(sorted: sorted, capacity: binSize))
    }
    // Surrogates λ·cpu + (1 − λ)·memory for λ strictly between 0 and 1, as (numerator, denominator).
    // Each costs a sort, and on huge pools of realistic demand they never beat the dimensions
    // alone (measured at 200,000 and 1,000,000 items), so those skip them.
    guard fitting.count <= 200_000 else { return best }
    for (numerator, denominator) in [(1, 4), (1, 3), (1, 2), (2, 3), (3, 4)] {
      guard let (sizes, binSize) = surrogate(fitting, capacity, numerator, denominator) else { continue }
      let sorted = sizes.sorted()
      best = max(
        best, l1(sorted, capacity: binSize), l2(sorted: sorted, capacity: binSize),
        cardinality(sorted: sorted, capacity: binSize))
    }
    return best
  }

  /// max over dimensions of L1 and L2 (Martello and Toth), the bound the packing-quality target is
  /// defined against; 0 for no items. Items larger than the capacity are ignored.
  public static func oneDimensional(for items: [PackingVector], capacity: PackingVector) -> Int {
    let fitting = items.filter { $0.fits(in: capacity) }
    return fitting.isEmpty ? 0 : oneDimensional(fitting: fitting, capacity: capacity)
  }

  private static func oneDimensional(fitting: [PackingVector], capacity: PackingVector) -> Int {
    let cpu = fitting.map(\.cpu)
    let memory = fitting.map(\.memory)
    return max(
      l1(cpu, capacity: capacity.cpu), l1(memory, capacity: capacity.memory),
      l2(cpu, capacity: capacity.cpu), l2(memory, capacity: capacity.memory))
  }

  /// Integer surrogate sizes num·cpu·C_mem + (den − num)·mem·C_cpu against den·C_cpu·C_mem, divided
  /// by a common factor so sums stay far from overflow. Rounding every size and the capacity down
  /// by the same divisor keeps the relaxation valid: Σ⌊s/g⌋ ≤ ⌊Σs/g⌋ ≤ ⌊W/g⌋. Nil on overflow.
  private static func surrogate(
    _ items: [PackingVector], _ capacity: PackingVector, _ numerator: Int, _ denominator: Int
  )
    -> ([Int], Int)?
  {
    let (product, overflow) = capacity.cpu.multipliedReportingOverflow(by: capacity.memory)
    guard !overflow, capacity.cpu > 0, capacity.memory > 0 else { return nil }
    let (total, overflow2) = product.multipliedReportingOverflow(by: denominator)
    guard !overflow2 else { return nil }
    let divisor = max(1, total >> 32)
    let cpuFactor = numerator * capacity.memory
    let memoryFactor = (denominator - numerator) * capacity.cpu
    // Each term is at most its share of `total` (an item fits), so no product overflows.
    return (items.map { ($0.cpu * cpuFactor + $0.memory * memoryFactor) / divisor }, total / divisor)
  }

  /// Sizes and capacity divided by the sizes' greatest common divisor g, the capacity rounded
  /// down: whatever fits a bin sums to a multiple of g, so at most ⌊C/g⌋·g. Hyper-V containers'
  /// memory comes in 512 MiB steps (the utility VM's rounding), and a 50,790 MiB host holds at
  /// most 99 such steps (50,688 MiB): the bounds see that and rise by about 0.2%.
  /// `sizes` in ascending order. Sizes of items that fit lie between 0 and the capacity, which is
  /// seldom more than a few times their count: then they are counted by value (a million sizes of a
  /// pool sorted by comparison, per dimension and pool, took a few tenths of a second of a run).
  static func sortedSizes(_ sizes: [Int], maximum: Int) -> [Int] {
    guard maximum >= 0, maximum <= Swift.max(1 << 16, 4 * sizes.count), sizes.allSatisfy({ (0...maximum).contains($0) })
    else { return sizes.sorted() }
    var counts = [Int](repeating: 0, count: maximum + 1)
    for size in sizes { counts[size] += 1 }
    var sorted: [Int] = []
    sorted.reserveCapacity(sizes.count)
    for (size, count) in counts.enumerated() where count > 0 {
      sorted.append(contentsOf: repeatElement(size, count: count))
    }
    return sorted
  }

  static func reduced(_ sorted: [Int], capacity: Int) -> ([Int], Int) {
    var divisor = 0
    for size in sorted {
      var (a, b) = (divisor, size)
      while b != 0 { (a, b) = (b, a % b) }
      divisor = a
      if divisor == 1 { return (sorted, capacity) }
    }
    guard divisor > 1 else { return (sorted, capacity) }
    return (sorted.map { $0 / divisor }, capacity / divisor)
  }

  /// ceil(total size / capacity).
  public static func l1(_ sizes: [Int], capacity: Int) -> Int {
    guard capacity > 0 else { return sizes.isEmpty ? 0 : sizes.count }
    let total = sizes.reduce(0, +)
    return (total + capacity - 1) / capacity
  }

  /// Cardinality bound for one dimension: when the k smallest sizes fit a bin together and the
  /// k + 1 smallest do not, no bin holds more than k items, so at least ⌈n / k⌉ bins are needed.
  /// `sorted` is ascending.
  static func cardinality(sorted: [Int], capacity: Int) -> Int {
    guard !sorted.isEmpty else { return 0 }
    var sum = 0
    var most = 0  // the most items one bin can hold
    for size in sorted {
      sum += size
      if sum > capacity { break }
      most += 1
    }
    guard most > 0 else { return sorted.count }
    return (sorted.count + most - 1) / most
  }

  /// Martello and Toth's L2 bound for one-dimensional bin packing (1990): for each threshold K
  /// ≤ C/2, items larger than C − K each need their own bin, items in (C/2, C − K] need one bin
  /// each, and items in [K, C/2] must fill what those bins leave, or open new ones.
  public static func l2(_ sizes: [Int], capacity c: Int) -> Int {
    l2(sorted: sizes.sorted(), capacity: c)
  }

  static func l2(sorted: [Int], capacity c: Int) -> Int {
    guard c > 0, !sorted.isEmpty else { return 0 }
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
