/// How a chart writes its values: fixed decimals, `,` thousands grouping, optional prefix and suffix
/// (`$12,400`, `42%`). Independent of locale, so charts are byte-identical everywhere.
public struct ChartValueFormat: Sendable, Hashable {
  /// Digits after the decimal point (0–6).
  public var decimals: Int
  /// Text before the number, e.g. `$`.
  public var prefix: String
  /// Text after the number, e.g. `%` or ` hosts`.
  public var suffix: String
  /// Whether to group thousands with `,`.
  public var groupsThousands: Bool

  /// Creates a format.
  public init(decimals: Int = 0, prefix: String = "", suffix: String = "", groupsThousands: Bool = true) {
    self.decimals = min(max(decimals, 0), 6)
    self.prefix = prefix
    self.suffix = suffix
    self.groupsThousands = groupsThousands
  }

  /// Whole numbers with grouping: `1,234`.
  public static let integer = ChartValueFormat()

  /// The formatted value; a value that is not finite is written `n/a`.
  public func format(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9.0e15 else { return (value < 0 ? "-" : "") + prefix + String(abs(value)) + suffix }
    let units = UInt64(scaled)
    let factor = UInt64(scale)
    let whole = String(units / factor)
    var text = groupsThousands ? Self.grouped(whole) : whole
    if decimals > 0 {
      let fraction = String(units % factor)
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    let sign = value < 0 && units != 0 ? "-" : ""
    return sign + prefix + text + suffix
  }

  private static func grouped(_ digits: String) -> String {
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }
}
