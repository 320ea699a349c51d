/// The fixed colours of every chart. Series with a known name always get the same colour (verdicts:
/// ready green, minor yellow-green, major orange, unsuitable red,
/// insufficient data grey; isolation modes), so charts read the
/// same across reports; other series take the remaining colours in order of appearance.
public enum ChartPalette {
  /// Colours of the names every report uses, keyed by their normalised form (lower case, no `-`/`_`/spaces).
  public static let namedColors: [String: String] = [
    "ready": "#2e7d32",
    "minor": "#9bbb2f",
    "major": "#ef8a17",
    "unsuitable": "#c62828",
    "insufficientdata": "#757575",
    "process": "#1565c0",
    "hyperv": "#6a1b9a",
    "recommended": "#00838f",
  ]

  /// Colours for other series, in order: none of them is a verdict or isolation colour, so an unnamed
  /// series is never mistaken for one.
  public static let fallbackColors = [
    "#3949ab", "#8d6e63", "#546e7a", "#ad1457", "#0277bd", "#6d4c41", "#7e57c2", "#455a64",
  ]

  /// The colour of a single-series chart's bars when the bar's key names no known series.
  public static let defaultColor = "#3949ab"

  /// The fixed colour for `name`, when it is a known series name.
  public static func namedColor(for name: String) -> String? {
    namedColors[normalise(name)]
  }

  /// One colour per key: known names get their fixed colour, the others the fallback colours not yet
  /// used, in order (cycling when a chart has more series than colours).
  public static func colors(for keys: [String]) -> [String] {
    let named = keys.map(namedColor(for:))
    let used = Set(named.compactMap { $0 })
    var available = fallbackColors.filter { !used.contains($0) }
    if available.isEmpty { available = fallbackColors }
    var next = 0
    return named.map { color in
      if let color { return color }
      defer { next += 1 }
      return available[next % available.count]
    }
  }

  /// Black or white, whichever reads better on `background` (`#rrggbb`), for labels inside bars.
  static func textColor(on background: String) -> String {
    let hex = background.dropFirst()
    guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return "#000000" }
    let red = Double((value >> 16) & 0xFF)
    let green = Double((value >> 8) & 0xFF)
    let blue = Double(value & 0xFF)
    let luminance = (0.299 * red + 0.587 * green + 0.114 * blue) / 255
    return luminance > 0.55 ? "#000000" : "#ffffff"
  }

  private static func normalise(_ name: String) -> String {
    String(name.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" })
  }
}
