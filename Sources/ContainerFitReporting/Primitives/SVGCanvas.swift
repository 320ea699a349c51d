/// The drawing surface the SVG charts share: an accessible, self-contained `<svg>` (an intrinsic size for
/// viewers plus a viewBox so a page's `svg { max-width: 100%; height: auto }` scales it; role,
/// title and description tied with `aria-labelledby`, system fonts, no external references, no `<style>`
/// element that would leak into an HTML page) with coordinates written at fixed precision.
struct SVGCanvas {
  static let padding = 16.0
  static let fontSize = 12.0
  static let headingBaseline = 22.0
  static let contentTop = 38.0

  let width: Double
  let title: String
  let summary: String
  let idPrefix: String
  private var elements: [String] = []

  /// A canvas for a chart of `kind` (used in element ids, which are derived from the title and
  /// description so several charts can share an HTML page deterministically).
  init(kind: String, title: String, description: String, width: Double) {
    self.width = width.isFinite && width >= 200 ? width : 640
    self.title = title
    self.summary = description
    idPrefix = "cf-\(kind)-" + Self.hash(kind + "\u{0}" + title + "\u{0}" + description)
  }

  /// Draws the title as a visible heading.
  mutating func heading() {
    text(title, x: Self.padding, y: Self.headingBaseline, size: 14, bold: true)
  }

  mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, tooltip: String? = nil) {
    let attributes =
      #"x="\#(Self.number(x))" y="\#(Self.number(y))" width="\#(Self.number(max(width, 0)))" "#
      + #"height="\#(Self.number(max(height, 0)))" fill="\#(XMLEscaper.escape(fill))""#
    if let tooltip {
      elements.append("<rect \(attributes)><title>\(XMLEscaper.escape(tooltip))</title></rect>")
    } else {
      elements.append("<rect \(attributes)/>")
    }
  }

  mutating func text(
    _ content: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil, bold: Bool = false,
    fill: String = "#1f1f1f"
  ) {
    var attributes = #"x="\#(Self.number(x))" y="\#(Self.number(y))""#
    if anchor != "start" { attributes += #" text-anchor="\#(anchor)""# }
    if let size { attributes += #" font-size="\#(Self.number(size))""# }
    if bold { attributes += #" font-weight="bold""# }
    attributes += #" fill="\#(XMLEscaper.escape(fill))""#
    elements.append("<text \(attributes)>\(XMLEscaper.escape(content))</text>")
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#8a8a8a") {
    elements.append(
      #"<line x1="\#(Self.number(x1))" y1="\#(Self.number(y1))" x2="\#(Self.number(x2))" "#
        + #"y2="\#(Self.number(y2))" stroke="\#(XMLEscaper.escape(stroke))" stroke-width="1"/>"#
    )
  }

  /// Draws legend entries (swatch and text) flowing left to right from `y`, wrapping at the canvas
  /// width; returns the height used.
  mutating func legend(_ entries: [(text: String, color: String)], y: Double) -> Double {
    guard !entries.isEmpty else { return 0 }
    var x = Self.padding
    var rowTop = y
    for entry in entries {
      let label = Self.truncated(entry.text, maxCharacters: 48)
      let entryWidth = 16 + Self.textWidth(label, size: Self.fontSize) + 16
      if x > Self.padding && x + entryWidth > width - Self.padding {
        x = Self.padding
        rowTop += 20
      }
      rect(x: x, y: rowTop + 2, width: 11, height: 11, fill: entry.color)
      text(label, x: x + 16, y: rowTop + 12)
      x += entryWidth
    }
    return rowTop + 20 - y
  }

  /// The finished document, one element per line.
  func render(height: Double) -> String {
    let viewBox = "0 0 \(Self.number(width)) \(Self.number(height))"
    var lines = [
      #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="\#(viewBox)" role="img" "#
        + #"aria-labelledby="\#(idPrefix)-title \#(idPrefix)-desc" font-family="system-ui, sans-serif" "#
        + #"font-size="\#(Self.number(Self.fontSize))" width="\#(Self.number(width))" "#
        + #"height="\#(Self.number(height))">"#,
      #"  <title id="\#(idPrefix)-title">\#(XMLEscaper.escape(title))</title>"#,
      #"  <desc id="\#(idPrefix)-desc">\#(XMLEscaper.escape(summary))</desc>"#,
      ##"  <rect x="0" y="0" width="\##(Self.number(width))" height="\##(Self.number(height))" fill="#ffffff"/>"##,
    ]
    lines += elements.map { "  " + $0 }
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A coordinate at fixed precision (two decimals, trailing zeros trimmed); never NaN or infinity.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    return TableNumberFormatter.format((value * 100).rounded() / 100)
  }

  /// The width a text takes, estimated (no font metrics offline): 0.6 em per character.
  static func textWidth(_ text: String, size: Double) -> Double {
    Double(text.count) * size * 0.6
  }

  /// The label cut to `maxCharacters` with an ellipsis; the full text stays in the bar's tooltip.
  static func truncated(_ label: String, maxCharacters: Int) -> String {
    let limit = max(maxCharacters, 1)
    guard label.count > limit else { return label }
    return String(label.prefix(limit - 1)) + "…"
  }

  /// FNV-1a, 32 bits, as 8 hex digits: stable across runs and platforms, unlike `Hasher`.
  static func hash(_ text: String) -> String {
    var value: UInt32 = 0x811C_9DC5
    for byte in text.utf8 {
      value ^= UInt32(byte)
      value = value &* 0x0100_0193
    }
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }

  /// A value as a bar length: negative and non-finite values draw nothing.
  static func drawable(_ value: Double) -> Double {
    value.isFinite && value > 0 ? value : 0
  }
}
