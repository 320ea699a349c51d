/// The position of each application read, found by its app id's hash: an open-addressing table of
/// (hash, position) pairs, the ids themselves staying in the builder's array of applications.
///
/// Not a `[String: Int]`: on the thread that merges records, hashing every id, probing a
/// three-array dictionary and growing it are a tenth of loading. Here the hash is computed on the
/// decoding cores (`hash(of:)`), and a probe reads one 8-byte slot. `Hasher` is seeded per
/// process, so no input can be crafted to make the probes long.
struct AppIdIndex {
  /// 0: empty; otherwise the low 32 bits of the hash above the position plus one.
  private var slots: [UInt64]
  private var count = 0

  /// A table for about `capacity` ids before it first grows.
  init(capacity: Int = 1_024) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
  }

  /// The hash the table files `id` under: computed where the record is decoded, off the merging
  /// thread.
  static func hash(of id: String) -> UInt32 {
    var hasher = Hasher()
    id.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    return UInt32(truncatingIfNeeded: hasher.finalize())
  }

  /// The position of the first id with `hash` for which `isMatch(position)` holds.
  func position(hash: UInt32, where isMatch: (Int) -> Bool) -> Int? {
    let mask = slots.count - 1
    var index = Int(hash) & mask
    while true {
      let slot = slots[index]
      if slot == 0 { return nil }
      if UInt32(truncatingIfNeeded: slot >> 32) == hash, isMatch(Int(slot & 0xFFFF_FFFF) - 1) {
        return Int(slot & 0xFFFF_FFFF) - 1
      }
      index = (index + 1) & mask
    }
  }

  /// Files `position` under `hash` (the caller checked the id is not there yet).
  mutating func insert(hash: UInt32, position: Int) {
    precondition(position < Int(UInt32.max), "more than 4 billion applications")
    if (count + 1) * 2 > slots.count { grow() }
    Self.place(UInt64(hash) << 32 | UInt64(position + 1), in: &slots)
    count += 1
  }

  /// Doubles the table; the stored hash bits say where each entry goes.
  private mutating func grow() {
    var larger = [UInt64](repeating: 0, count: slots.count * 2)
    for slot in slots where slot != 0 { Self.place(slot, in: &larger) }
    slots = larger
  }

  private static func place(_ slot: UInt64, in table: inout [UInt64]) {
    let mask = table.count - 1
    var index = Int(slot >> 32) & mask
    while table[index] != 0 { index = (index + 1) & mask }
    table[index] = slot
  }
}
