extension JSONTokenizer {
  /// 2^53: integers up to it are exact in a `Double`.
  private static let exactIntegerLimit: UInt64 = 1 << 53
  private static let powersOfTen: [Double] = (0...22).map { exponent in
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
  }

  /// Scans the number starting at `pos`. Most inventory numbers take the exact fast paths (an
  /// integer, or up to 15 digits scaled by a power of ten up to 22); others go through `strtod`.
  mutating func scanNumber() throws -> JSONToken {
    var offset = pos - mark
    var negative = false
    var mantissa: UInt64 = 0
    var significantDigits = 0
    var fractionDigits = 0
    var tooManyDigits = false
    var isInteger = true
    var current = try byte(atTokenOffset: offset)

    func isDigit(_ byte: UInt8?) -> Bool {
      guard let byte else { return false }
      return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
    func accumulate(_ byte: UInt8, inFraction: Bool) {
      let digit = UInt64(byte - UInt8(ascii: "0"))
      if mantissa == 0, digit == 0 {
        if inFraction { fractionDigits += 1 }
        return
      }
      guard significantDigits < 19 else {
        tooManyDigits = true
        return
      }
      mantissa = mantissa * 10 + digit
      significantDigits += 1
      if inFraction { fractionDigits += 1 }
    }

    if current == UInt8(ascii: "-") {
      negative = true
      offset += 1
      current = try byte(atTokenOffset: offset)
      guard isDigit(current) else { throw malformed(at: mark + offset, "expected a digit after '-'") }
    }
    if current == UInt8(ascii: "0") {
      offset += 1
      current = try byte(atTokenOffset: offset)
      if isDigit(current) { throw malformed(at: mark, "a number must not start with a leading zero") }
    } else {
      while let digit = current, isDigit(digit) {
        accumulate(digit, inFraction: false)
        offset += 1
        current = try byte(atTokenOffset: offset)
      }
    }
    if current == UInt8(ascii: ".") {
      isInteger = false
      offset += 1
      current = try byte(atTokenOffset: offset)
      guard isDigit(current) else { throw malformed(at: mark + offset, "expected a digit after the decimal point") }
      while let digit = current, isDigit(digit) {
        accumulate(digit, inFraction: true)
        offset += 1
        current = try byte(atTokenOffset: offset)
      }
    }
    var exponent = 0
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      isInteger = false
      offset += 1
      current = try byte(atTokenOffset: offset)
      var exponentSign = 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
        exponentSign = current == UInt8(ascii: "-") ? -1 : 1
        offset += 1
        current = try byte(atTokenOffset: offset)
      }
      guard isDigit(current) else { throw malformed(at: mark + offset, "expected a digit in the exponent") }
      while let digit = current, isDigit(digit) {
        // Clamped: beyond this the value is 0 or infinite anyway, and strtod decides.
        exponent = min(exponent * 10 + Int(digit - UInt8(ascii: "0")), 100_000)
        offset += 1
        current = try byte(atTokenOffset: offset)
      }
      exponent *= exponentSign
    }
    pos = mark + offset

    if isInteger {
      guard !tooManyDigits, mantissa <= Self.exactIntegerLimit else { return .numberLiteral(rawText) }
      let value = Double(mantissa)
      return .number(negative ? -value : value)
    }
    let scale = exponent - fractionDigits
    if !tooManyDigits, significantDigits <= 15, scale >= -22, scale <= 22 {
      // Both operands are exact, so one IEEE operation rounds correctly (Clinger's fast path).
      let value = Double(mantissa)
      let scaled = scale < 0 ? value / Self.powersOfTen[-scale] : value * Self.powersOfTen[scale]
      return .number(negative ? -scaled : scaled)
    }
    let literal = rawText
    guard let value = Double(literal), value.isFinite else { return .numberLiteral(literal) }
    return .number(value)
  }
}
