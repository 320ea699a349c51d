import ContainerFitModel

/// Reads the rows of a CSV through a `ColumnMapping`: mapped columns with their value maps and
/// factors, other columns by their canonical name when they have one, the rest as attributes.
struct MappedCSVMapper: CSVRowMapper {
  let mapping: ColumnMapping
  private var columns: [Column] = []

  private enum Column {
    case mapped(ColumnMapping.Column)
    case field(Field)
    case attribute(String)
  }

  init(mapping: ColumnMapping) { self.mapping = mapping }

  mutating func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    let context: FieldName.Context = mapping.kind == .servers ? .server : .application
    columns = header.map { name in
      if let column = mapping.columns[AdapterColumns.key(name.text)] { return .mapped(column) }
      if let field = FieldName.resolve(name.text, in: context) { return .field(field) }
      return .attribute(name.text)
    }
    let present = Set(header.map { AdapterColumns.key($0.text) })
    for (key, column) in mapping.columns.sorted(by: { $0.key < $1.key }) where !present.contains(key) {
      diagnose(
        Diagnostic(
          .warning, at: SourceLocation(file: file, line: 1), field: column.field.schemaName,
          "the mapping names column '\(column.header)', which this file's header lacks"))
    }
  }

  func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord] {
    var record = RawRecord(kind: mapping.kind == .servers ? .server : .application, location: row.location)
    record.decimalComma = row.decimalComma
    for (index, column) in columns.enumerated() {
      guard let text = row.text(index) else { continue }
      switch column {
      case .mapped(let mapped):
        let value = mapped.values[text.lowercased()] ?? text
        if mapped.factor != 1 {
          record.set(
            mapped.field, number: value, factor: mapped.factor, decimalComma: row.decimalComma,
            at: row.location(index))
        } else {
          record.set(mapped.field, .text(value), at: row.location(index))
        }
      case .field(let field): record.set(field, .text(text), at: row.location(index))
      case .attribute(let name): record.keep(name, text)
      }
    }
    return [record]
  }
}
