import Foundation

/// SplitMix64: small, fast, and the same sequence on every platform for a seed. The synthetic estate
/// generator and the property tests use it, so any failing seed can be replayed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [low, high).
  public mutating func uniform(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * Double(next() >> 11) / Double(1 << 53)
  }

  /// Log-uniform in [low, high): many small values, a long tail of large ones.
  public mutating func logUniform(_ low: Double, _ high: Double) -> Double {
    low * pow(high / low, uniform(0, 1))
  }

  public mutating func chance(_ probability: Double) -> Bool { uniform(0, 1) < probability }

  /// One of the weighted choices.
  public mutating func pick<T>(_ choices: [(T, Int)]) -> T {
    let total = choices.reduce(0) { $0 + $1.1 }
    var roll = Int(next() % UInt64(total))
    for (value, weight) in choices {
      if roll < weight { return value }
      roll -= weight
    }
    return choices[choices.count - 1].0
  }
}
