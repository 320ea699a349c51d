import ContainerFitModel
import Foundation

extension RawRecord {
  /// Sets a field from a cell's text, if there is any.
  mutating func set(_ field: Field, text: String?, at location: SourceLocation) {
    guard let text else { return }
    set(field, .text(text), at: location)
  }

  /// Sets a numeric field from text in another unit, multiplied by `factor` (MiB to GiB: 1/1024).
  /// Text that is not a number is passed on as it is, so the decoder warns about it with its place.
  mutating func set(
    _ field: Field, number text: String?, factor: Double, decimalComma: Bool, at location: SourceLocation
  ) {
    guard let text else { return }
    guard let value = AdapterNumber.parse(text, decimalComma: decimalComma) else {
      set(field, .text(text), at: location)
      return
    }
    set(field, .number(value * factor), at: location)
  }

  /// Keeps a column the mapping does not use as a free-form attribute.
  mutating func keep(_ name: String, _ value: String?) {
    guard let value, !name.isEmpty else { return }
    attributes.append((name: name, value: value))
  }
}

/// Numbers as exports write them: `1,5` in `;` files, thousands separators (`8.192` in a German
/// save, `8,192` in an English one) where the grouping is unambiguous.
enum AdapterNumber {
  static func parse(_ text: String, decimalComma: Bool) -> Double? {
    var text = text.trimmedWhitespace.replacingOccurrences(of: "\u{A0}", with: "")
    let thousands = decimalComma ? "." : ","
    if isGrouped(text, by: thousands, decimal: decimalComma ? "," : ".") {
      text = text.replacingOccurrences(of: thousands, with: "")
    }
    return ValueParser.decimal(text, decimalComma: decimalComma)
  }

  /// `1.234.567` or `1.234,5`: groups of exactly three digits after the first.
  private static func isGrouped(_ text: String, by separator: String, decimal: String) -> Bool {
    let whole = text.components(separatedBy: decimal)[0]
    let groups = whole.components(separatedBy: separator)
    guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
    return groups.allSatisfy { $0.allSatisfy(\.isNumber) } && groups.dropFirst().allSatisfy { $0.count == 3 }
  }
}
