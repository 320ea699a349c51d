/// Formats numbers for tabular outputs the same way on every machine: no locale, no grouping, a `.`
/// decimal point, at most three decimals with trailing zeros trimmed (`2`, `2.5`, `0.125`, `-3.333`).
///
/// Three decimals keep confidences (0–1) and fractional cores/GB readable while the same value gives the
/// same bytes. Values are rounded half away from zero; `-0` becomes `0`; NaN and infinities become the
/// empty string (an empty cell), never `nan` or `inf`.
public enum TableNumberFormatter {
  /// The most digits written after the decimal point.
  public static let maximumFractionDigits = 3

  /// The formatted value, or the empty string when it is not finite.
  public static func format(_ value: Double) -> String {
    var bytes = ByteBuffer()
    append(value, to: &bytes)
    return bytes.text
  }

  /// Appends the formatted value's bytes (nothing when it is not finite): how the table writers
  /// format the six numbers of each of a million rows without building a string for each.
  static func append(_ value: Double, to bytes: inout ByteBuffer) {
    guard value.isFinite else { return }
    let scaled = (value * 1000).rounded(.toNearestOrAwayFromZero)
    // Beyond 2^53 a Double has no fractional part left to show; print the rounded whole number.
    guard abs(scaled) < 9.0e15 else {
      let whole = value.rounded(.toNearestOrAwayFromZero)
      bytes.append(abs(whole) < 9.2e18 ? String(Int64(whole)) : String(whole))
      return
    }
    let thousandths = Int64(scaled)
    if thousandths < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = thousandths.magnitude
    appendDigits(of: magnitude / 1000, to: &bytes)
    var fraction = magnitude % 1000
    guard fraction != 0 else { return }
    var digits = 3
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    bytes.append(UInt8(ascii: "."))
    // `digits` digits, leading zeros included (0.05 is 5 with two digits: `05`).
    var divisor: UInt64 = digits == 3 ? 100 : digits == 2 ? 10 : 1
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
      divisor /= 10
    }
  }

  /// Appends a whole number in decimal, as `String(value)` writes it.
  static func append(_ value: Int, to bytes: inout ByteBuffer) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    appendDigits(of: value.magnitude, to: &bytes)
  }

  private static func appendDigits(of value: some UnsignedInteger & FixedWidthInteger, to bytes: inout ByteBuffer) {
    let value = UInt64(value)
    var divisor: UInt64 = 1
    while value / divisor >= 10 { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }
}
