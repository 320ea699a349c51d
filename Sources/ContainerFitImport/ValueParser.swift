import ContainerFitModel
import Foundation

/// Parses field text into typed values as the schema defines them. Every function returns `nil`
/// for a value that cannot be used; the caller turns that into a warning and a data gap.
enum ValueParser {
  /// Booleans: `true/false`, `yes/no`, `y/n`, `1/0`, case-insensitive.
  static func boolean(_ text: String) -> Bool? {
    switch text {
    case "true": return true
    case "false": return false
    default: break
    }
    switch text.lowercased() {
    case "true", "yes", "y", "1": return true
    case "false", "no", "n", "0": return false
    default: return nil
    }
  }

  /// A finite decimal with `.` (or `,` when `decimalComma`) as separator. No thousands separators:
  /// "1,500" in a comma file is ambiguous and refused rather than guessed.
  static func decimal(_ text: String, decimalComma: Bool) -> Double? {
    var text = text
    if decimalComma, text.contains(","), !text.contains(".") {
      text = text.replacingOccurrences(of: ",", with: ".")
    }
    guard let value = Double(text), value.isFinite else { return nil }
    // Double() accepts "nan", "inf", hex floats; only plain decimal notation is data here.
    guard text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 43 || $0 == 101 || $0 == 69 })
    else { return nil }
    return value
  }

  /// An integer; `8.0` is accepted as 8, `8.5` is not.
  static func integer(_ text: String, decimalComma: Bool) -> Int? {
    if let value = Int(text) { return value }
    guard let value = decimal(text, decimalComma: decimalComma), value == value.rounded(), abs(value) < 1e15
    else { return nil }
    return Int(value)
  }

  /// An enum value matched like field names: case, spaces, `_`, `-` and `.` ignored.
  static func enumeration<E: RawRepresentable & CaseIterable>(_ text: String, as type: E.Type) -> E?
  where E.RawValue == String {
    // Most values are written exactly as the schema spells them, and normalising every value would
    // be most of the decode time.
    if let exact = E(rawValue: text) { return exact }
    let key = FieldName.normalize(text)
    return E.allCases.first { FieldName.normalize($0.rawValue) == key }
  }

  /// List items from `a;b|c` text, trimmed, empties dropped.
  static func listItems(_ text: String) -> [String] {
    // Split on the UTF-8 bytes of the three separators (ASCII, never inside another character's
    // bytes) rather than on characters, which walks grapheme boundaries.
    text.utf8.split(whereSeparator: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ",") })
      .map { String(Substring($0)).trimmedWhitespace }
      .filter { !$0.isEmpty }
  }
}
