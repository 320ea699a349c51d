/// How an HTML report prints (and so how `report.pdf` looks): the paper, and the text in the page
/// margins, which `report.css` puts into `@page` margin boxes as CSS strings.
public struct PrintSettings: Sendable {
  /// A4 or US Letter.
  public enum Paper: String, CaseIterable, Sendable {
    case a4, letter

    var css: String { self == .a4 ? "A4" : "letter" }
  }

  public var paper: Paper
  /// Top left of every page but the first: the client and the document.
  public var header: String
  /// Bottom left: the run and its date.
  public var footer: String

  public init(paper: Paper = .a4, header: String, footer: String) {
    self.paper = paper
    self.header = header
    self.footer = footer
  }

  /// The template context: the paper's CSS name and the margin texts as CSS string literals.
  var context: [String: String] {
    ["paper": paper.css, "header": Self.cssString(header), "footer": Self.cssString(footer)]
  }

  /// `text` as a CSS string literal that cannot end the string, the rule or the `<style>` element:
  /// every character but plain letters, digits, spaces and a few punctuation marks is a `\HHHHHH `
  /// escape.
  static func cssString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      if scalar.isASCII,
        scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
          || " .,:;()-_/".unicodeScalars.contains(scalar)
      {
        out.unicodeScalars.append(scalar)
      } else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        // The space ends the escape and is consumed with it, so a real space after it survives.
        out += "\\" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex + " "
      }
    }
    return out + "\""
  }
}
