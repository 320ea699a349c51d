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
    guard value.isFinite else { return "" }
    let scale = 1000.0
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    // Beyond 2^53 a Double has no fractional part left to show; print the rounded whole number.
    guard abs(scaled) < 9.0e15 else {
      let whole = value.rounded(.toNearestOrAwayFromZero)
      return abs(whole) < 9.2e18 ? String(Int64(whole)) : String(whole)
    }
    let thousandths = Int64(scaled)
    if thousandths == 0 { return "0" }
    let sign = thousandths < 0 ? "-" : ""
    let magnitude = thousandths.magnitude
    let whole = magnitude / 1000
    var fraction = magnitude % 1000
    guard fraction != 0 else { return sign + String(whole) }
    var digits = 3
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let fractionText = String(fraction)
    return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
  }
}
