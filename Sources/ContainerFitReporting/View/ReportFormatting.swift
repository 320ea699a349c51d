import Foundation

/// Number and money formatting for reports: fixed, locale-free and deterministic.
enum ReportFormatting {
  /// `12,345` for 12345; decimals as asked.
  static func number(_ value: Double, decimals: Int = 0) -> String {
    guard value.isFinite else { return "–" }
    let scaled = (abs(value) * pow(10, Double(decimals))).rounded()
    let whole = Int64(scaled / pow(10, Double(decimals)))
    var text = grouped(whole)
    if decimals > 0 {
      let fraction = Int64(scaled) - whole * Int64(pow(10, Double(decimals)))
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
    }
    return (value < 0 && scaled != 0 ? "−" : "") + text
  }

  static func integer(_ value: Int) -> String { number(Double(value)) }

  /// `USD 12,345` (whole units: licence figures are estimates, cents would be false precision).
  static func money(_ value: Double, currency: String) -> String { "\(currency) \(number(value))" }

  /// `USD 1,200` when both ends round alike, `USD 1,200–7,400` otherwise (smaller first).
  static func moneyRange(_ low: Double, _ high: Double, currency: String) -> String {
    let (a, b) = (number(min(low, high)), number(max(low, high)))
    return a == b ? "\(currency) \(a)" : "\(currency) \(a)–\(b)"
  }

  /// `42%` or `42.5%`.
  static func percent(_ part: Double, of whole: Double, decimals: Int = 0) -> String {
    guard whole > 0 else { return "0%" }
    return number(part / whole * 100, decimals: decimals) + "%"
  }

  /// A short figure: `1.5`, `2`, `0.25`.
  static func compact(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    // Points and days, nearly always: what `number` gives them, without grouping digits.
    if value == value.rounded(), value >= 0, value < 1_000 { return String(Int(value)) }
    if value == value.rounded() { return number(value) }
    if abs(value) >= 10 { return number(value, decimals: 1) }
    let text = number(value, decimals: 2)
    return text.hasSuffix("0") ? String(text.dropLast()) : text
  }

  private static func grouped(_ value: Int64) -> String {
    let digits = String(value)
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return out
  }
}
