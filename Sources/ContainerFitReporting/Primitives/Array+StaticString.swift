extension Array where Element == UInt8 {
  /// Appends the UTF-8 of a literal. A `static let` byte array costs a lazy-global check and a
  /// retain and release on every use, a visible share of writing a million worksheet rows.
  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append(contentsOf: $0) }
  }
}
