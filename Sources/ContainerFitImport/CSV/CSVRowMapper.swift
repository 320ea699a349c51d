import ContainerFitModel

/// What an adapter supplies to read a CSV whose header is not the canonical one: it reads the
/// header once, then turns each data row into records. The CSV machinery (encodings, delimiters,
/// quoting, `sep=` and `#TYPE` lines, places) stays the same as for canonical files.
protocol CSVRowMapper: Sendable {
  /// Reads the header. Throws `ImportError.notAnInventory` when the adapter cannot use it.
  mutating func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws

  /// The records one data row gives (none, one, or several: a server and its applications).
  mutating func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord]
}

/// One data row of a CSV file: the trimmed text of each cell (`nil` when empty) and its place.
struct CSVRow {
  /// Where the row starts.
  var location: SourceLocation
  /// Whether decimals may use `,` (a `;`-delimited file).
  var decimalComma: Bool
  var cells: [String?] = []
  var locations: [SourceLocation] = []

  /// The text of a column, `nil` when the column is absent or the cell is empty.
  func text(_ column: Int?) -> String? {
    guard let column, column < cells.count else { return nil }
    return cells[column]
  }

  /// The place of a column's cell (the row's start when the row is shorter).
  func location(_ column: Int?) -> SourceLocation {
    guard let column, column < locations.count else { return location }
    return locations[column]
  }
}
