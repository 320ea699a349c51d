/// Numbers as findings and reasons print them.
public enum NumberText {
  /// Up to 2 decimals, without trailing zeros (`9`, `0.7`, `15.63`).
  public static func compact(_ value: Double) -> String {
    let cents = Int((value * 100).rounded())
    let whole = cents / 100
    let fraction = cents % 100
    if fraction == 0 { return "\(whole)" }
    return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
