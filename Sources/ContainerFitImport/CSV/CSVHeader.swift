import ContainerFitModel

/// A CSV header resolved once into what each column holds, and the kind of record its rows are.
struct CSVHeader {
  /// What one column holds.
  enum Column: Equatable {
    /// A canonical field.
    case field(Field)
    /// A name the schema does not know: kept as a free-form attribute under this name.
    case attribute(String)
    /// A repeated column: the first one with that name is used.
    case ignored
  }

  /// One header cell as read.
  struct Name {
    var text: String
    var location: SourceLocation
  }

  let kind: RawRecord.Kind
  let columns: [Column]

  /// Classifies the header: with an application key it is an application file (whose rows may
  /// also carry their server's fields), otherwise with `server_id` or `hostname` a server file.
  /// Throws `ImportError.notAnInventory` when it is neither.
  init(_ names: [Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    let context: FieldName.Context
    if names.contains(where: { FieldName.isApplicationKey($0.text) }) {
      kind = .application
      context = .application
    } else {
      kind = .server
      context = .server
      let fields = names.compactMap { FieldName.resolve($0.text, in: .server) }
      guard fields.contains(.serverId) || fields.contains(.hostname) else {
        throw ImportError.notAnInventory(
          path: file,
          reason: "its header has no app_id column (for applications) and no server_id or hostname column "
            + "(for servers); add one of them.")
      }
    }
    var columns: [Column] = []
    var firstColumn: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      let column: Column
      let key: String
      if let field = FieldName.resolve(name.text, in: context) {
        column = .field(field)
        key = field.rawValue
      } else {
        // A column without a name still holds data: it is kept under its position.
        let text = name.text.isEmpty ? "column \(index + 1)" : name.text
        column = .attribute(text)
        key = "attribute " + FieldName.normalize(text)
      }
      if let first = firstColumn[key] {
        diagnose(
          Diagnostic(
            .warning, at: name.location, field: Self.fieldName(of: column, kind: kind),
            "column \(index + 1) ('\(name.text)') repeats column \(first + 1) ('\(names[first].text)'); "
              + "its values are ignored."))
        columns.append(.ignored)
      } else {
        firstColumn[key] = index
        columns.append(column)
      }
    }
    self.columns = columns
  }

  /// The name a diagnostic about this column gives as its field (`server.cores` for a server
  /// field in an application row, as data gaps name it).
  static func fieldName(of column: Column, kind: RawRecord.Kind) -> String? {
    switch column {
    // An application's own `server_id` names its server: it is not one of the server's fields.
    case .field(let field): return kind == .application && field != .serverId ? field.gapName : field.schemaName
    case .attribute(let name): return name
    case .ignored: return nil
    }
  }
}
