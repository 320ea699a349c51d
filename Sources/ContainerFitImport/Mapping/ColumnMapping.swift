import ContainerFitModel
import Foundation
import Yams

/// A column mapping file (`--mapping FILE`): how the headers of a CSV in no known shape map onto
/// canonical fields, with value maps for enums and unit factors.
///
/// ```yaml
/// kind: applications
/// columns:
///   "Application Name": name
///   "RAM (MB)": { field: memory_gb, factor: 0.0009765625 }
///   "Needs Desktop": { field: gui, values: { "Y": required, "N": none } }
/// ```
public struct ColumnMapping: Sendable, Equatable {
  /// What the rows are.
  public enum Kind: String, Sendable {
    case servers, applications
  }

  /// How one column is read.
  public struct Column: Sendable, Equatable {
    /// The header as written in the mapping.
    public var header: String
    public var field: Field
    /// What a number is multiplied by (a unit conversion); 1 by default.
    public var factor: Double
    /// Values as written → canonical values (matched case-insensitively).
    public var values: [String: String]
  }

  public var kind: Kind
  /// Columns by their header's matching key (`AdapterColumns.key`).
  public var columns: [String: Column]

  /// Reads and checks a mapping file. Throws `ColumnMappingError` naming the key at fault.
  public static func load(path: String) throws -> ColumnMapping {
    guard let data = FileManager.default.contents(atPath: path) else { throw ColumnMappingError.unreadable(path: path) }
    return try ColumnMapping(yaml: String(decoding: data, as: UTF8.self), path: path)
  }

  /// Parses mapping text; `path` names it in errors.
  public init(yaml: String, path: String) throws {
    let document: Any?
    do {
      document = try Yams.load(yaml: yaml)
    } catch {
      throw ColumnMappingError.malformed(path: path, reason: "\(error)")
    }
    guard let top = document as? [String: Any] else {
      throw ColumnMappingError.malformed(path: path, reason: "it must be a mapping with 'kind' and 'columns'.")
    }
    for key in top.keys.sorted() where !["kind", "columns", "version"].contains(key) {
      throw ColumnMappingError.unknownKey(path: path, key: key)
    }
    let kindText = "\(top["kind"] ?? "applications")"
    guard let kind = Kind(rawValue: kindText) else { throw ColumnMappingError.badKind(path: path, value: kindText) }
    self.kind = kind
    guard let entries = top["columns"] as? [String: Any], !entries.isEmpty else {
      throw ColumnMappingError.malformed(path: path, reason: "'columns' must map at least one header to a field.")
    }
    var columns: [String: Column] = [:]
    for header in entries.keys.sorted() {
      columns[AdapterColumns.key(header)] = try Self.column(header, entries[header], kind: kind, path: path)
    }
    self.columns = columns
  }

  private static func column(_ header: String, _ entry: Any?, kind: Kind, path: String) throws -> Column {
    let context: FieldName.Context = kind == .servers ? .server : .application
    var fieldName: String
    var factor = 1.0
    var values: [String: String] = [:]
    if let text = entry as? String {
      fieldName = text
    } else if let options = entry as? [String: Any] {
      for key in options.keys.sorted() where !["field", "factor", "values"].contains(key) {
        throw ColumnMappingError.unknownKey(path: path, key: "columns.\"\(header)\".\(key)")
      }
      guard let name = options["field"] as? String else {
        throw ColumnMappingError.malformed(path: path, reason: "columns.\"\(header)\" needs a 'field'.")
      }
      fieldName = name
      if let raw = options["factor"] {
        guard let number = (raw as? Double) ?? (raw as? Int).map(Double.init), number.isFinite, number > 0 else {
          throw ColumnMappingError.badFactor(path: path, column: header, value: "\(raw)")
        }
        factor = number
      }
      if let raw = options["values"] {
        guard let map = raw as? [AnyHashable: Any] else {
          throw ColumnMappingError.badValueMap(path: path, column: header, reason: "must map values to values.")
        }
        for (key, value) in map { values["\(key)".lowercased()] = "\(value)" }
      }
    } else {
      throw ColumnMappingError.malformed(path: path, reason: "columns.\"\(header)\" must be a field name or an object.")
    }
    fieldName = fieldName.trimmingCharacters(in: .whitespaces)
    guard let field = FieldName.resolve(fieldName, in: context) else {
      throw ColumnMappingError.unknownField(path: path, column: header, field: fieldName)
    }
    if factor != 1, ![.decimal, .integer].contains(field.valueType) {
      throw ColumnMappingError.badFactor(path: path, column: header, value: "\(factor) (\(fieldName) is not a number)")
    }
    return Column(header: header, field: field, factor: factor, values: values)
  }

  /// Whether a CSV header is one this mapping reads: it has every mapped column that identifies a
  /// record (`server_id`, `hostname`, `app_id`), and at least one such column is mapped.
  func matches(_ names: [String]) -> Bool {
    let keys = Set(names.map { AdapterColumns.key($0) })
    let identifying = columns.filter { [.serverId, .hostname, .appId].contains($0.value.field) }
    return !identifying.isEmpty && identifying.keys.allSatisfy(keys.contains)
  }
}
