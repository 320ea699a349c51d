import Foundation

/// A column mapping file that cannot be used: the run stops with a message naming the file and key.
public enum ColumnMappingError: Error, Equatable, Sendable, LocalizedError {
  case unreadable(path: String)
  case malformed(path: String, reason: String)
  case unknownKey(path: String, key: String)
  case badKind(path: String, value: String)
  case unknownField(path: String, column: String, field: String)
  case badFactor(path: String, column: String, value: String)
  case badValueMap(path: String, column: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .unreadable(let path):
      return "\(path): the mapping file cannot be read."
    case .malformed(let path, let reason):
      return "\(path): the mapping file is not valid: \(reason)"
    case .unknownKey(let path, let key):
      return "\(path): unknown key '\(key)'; a mapping file has 'kind' and 'columns' (and 'version')."
    case .badKind(let path, let value):
      return "\(path): kind '\(value)' is not one of: servers, applications."
    case .unknownField(let path, let column, let field):
      return "\(path): columns.\"\(column)\": '\(field)' is not a canonical field (see inventory-schema.md)."
    case .badFactor(let path, let column, let value):
      return "\(path): columns.\"\(column)\".factor: '\(value)' is not a positive number (MB to GiB is 0.0009765625)."
    case .badValueMap(let path, let column, let reason):
      return "\(path): columns.\"\(column)\".values: \(reason)"
    }
  }
}
