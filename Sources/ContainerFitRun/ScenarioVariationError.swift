import Foundation

/// A `--vary` that cannot be used; every message names the argument, the key or the value.
public enum ScenarioVariationError: Error, LocalizedError, Equatable, Sendable {
  /// Not of the form `KEY=V1,V2`.
  case syntax(argument: String)
  /// A value between commas is empty.
  case emptyValue(argument: String)
  /// The key is not a scenario key; `path` is the part the scenario does not know.
  case unknownKey(key: String, path: String)
  /// The value is not valid for the key.
  case badValue(key: String, value: String, detail: String)
  /// The same key is varied twice.
  case duplicateKey(key: String)
  /// The cross product is larger than `limit` scenarios.
  case tooManyScenarios(count: Int, limit: Int)

  public var errorDescription: String? {
    switch self {
    case .syntax(let argument):
      return "--vary '\(argument)' is not KEY=V1,V2,...; give a scenario key by its dotted path, e.g. "
        + "--vary host.shape=m5.2xlarge,m5.4xlarge."
    case .emptyValue(let argument):
      return "--vary '\(argument)' has an empty value; separate the values with single commas."
    case .unknownKey(let key, let path):
      return "--vary \(key): unknown scenario key '\(path)'; see docs/scenario.md for the keys."
    case .badValue(let key, let value, let detail):
      return "--vary \(key): bad value '\(value)': \(detail)" + (detail.hasSuffix(".") ? "" : ".")
    case .duplicateKey(let key):
      return "--vary \(key) is given twice; list all its values in one --vary."
    case .tooManyScenarios(let count, let limit):
      return "--vary makes \(count) scenarios; at most \(limit) are planned in one what-if."
    }
  }
}
