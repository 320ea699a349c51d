/// The names of one reading, by their address in libxml2's name dictionary: the parser hands out
/// every element and attribute name interned there, so the same name is always the same pointer
/// and a name is resolved once, then found by a pointer comparison.
///
/// A direct-mapped table of 1,024 slots answers almost every lookup (an inventory uses a few dozen
/// names); a slot taken by another name falls back to a dictionary. The slots are raw memory owned
/// by the table: a lookup is a hash, a load and a comparison, with no exclusivity check.
final class XMLNameTable {
  private static let slotBits = 10
  private let slots: UnsafeMutablePointer<(key: UnsafeRawPointer?, name: XMLName?)>
  private var overflow: [UnsafeRawPointer: XMLName] = [:]

  init() {
    slots = .allocate(capacity: 1 << Self.slotBits)
    slots.initialize(repeating: (nil, nil), count: 1 << Self.slotBits)
  }

  deinit {
    slots.deallocate()
  }

  /// Forgets every name: the addresses of one parser's dictionary mean nothing to the next.
  func removeAll() {
    slots.update(repeating: (nil, nil), count: 1 << Self.slotBits)
    overflow.removeAll()
  }

  /// The name at this address of the dictionary, resolved on first sight.
  func name(_ pointer: UnsafePointer<UInt8>) -> XMLName {
    let key = UnsafeRawPointer(pointer)
    // Fibonacci hashing of the address: names sit next to each other in the dictionary's pool.
    let hash = UInt64(UInt(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15
    let slot = slots + Int(truncatingIfNeeded: hash >> (64 - UInt64(Self.slotBits)))
    if slot.pointee.key == key, let name = slot.pointee.name { return name }
    let name = overflow[key] ?? XMLName(spelling: pointer)
    // Every name is kept in the dictionary too: the slot may go to another name later.
    overflow[key] = name
    slot.pointee = (key, name)
    return name
  }
}
