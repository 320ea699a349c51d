import ContainerFitModel

extension Field {
  /// The field's position in `Field.allCases`, for tables indexed by field.
  ///
  /// `Field` has a `String` raw value, so as a dictionary key or set member it hashes its whole
  /// name; decoding a million rows spent a fifth of its time there. A field-less enum is stored as
  /// its case number in declaration order, which is also the order of `allCases` (checked once).
  var slot: Int {
    _ = Self.slotsVerified
    return Int(unsafeBitCast(self, to: UInt8.self))
  }

  /// The field's bit in a 64-bit set of fields (`1 << slot`): the sets of fields a record carried
  /// and an input supplied, and of fields already placed.
  var bit: UInt64 { 1 << UInt64(slot) }

  private static let slotsVerified: Bool = {
    precondition(
      MemoryLayout<Field>.size == 1 && Field.allCases.count <= 64  // `bit` sets are 64 bits wide
        && Field.allCases.enumerated().allSatisfy { Int(unsafeBitCast($0.element, to: UInt8.self)) == $0.offset },
      "Field is no longer stored as its case number")
    return true
  }()
}
