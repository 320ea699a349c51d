/// Words folded into one with a multiply-and-shift mix, for a key of several words looked up for
/// every application: the hasher's cost is per word combined, so the key hands it the folded word
/// once (`hasher.combine(folded.value)`). Equality still compares the whole key; the fold only has
/// to spread the few hundred distinct keys a table holds.
public struct FoldedHash {
  public var value: UInt64 = 0

  public init() {}

  @inlinable
  public mutating func fold(_ word: UInt64) {
    value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
    value ^= value >> 29
  }
}
