/// One cell of a tabular report (CSV, XLSX): typed, so numbers stay numbers in a spreadsheet while text
/// is neutralised against formula injection.
public enum TableCell: Sendable, Hashable {
  /// Text, written verbatim (after escaping) and never interpreted as a formula.
  case text(String)
  /// A decimal number, formatted by `TableNumberFormatter`; NaN and infinities are written as empty.
  case number(Double)
  /// A whole number.
  case integer(Int)
  /// No value.
  case empty
}

extension TableCell {
  /// The cell as it appears in a text table (CSV before quoting, column width estimates).
  var plainText: String {
    switch self {
    case .text(let text): text
    case .number(let value): TableNumberFormatter.format(value)
    case .integer(let value): String(value)
    case .empty: ""
    }
  }
}
