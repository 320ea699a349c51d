import Foundation

/// A JSON value as a tree, for reading and editing scenarios generically: flattening one into dotted
/// keys (`host.shape`) for comparison, and setting one key of it for a what-if variant. Whole numbers
/// stay integers, so a build number never turns into `20348.0` on the way back.
public enum JSONTree: Codable, Hashable, Sendable {
  case object([String: JSONTree])
  case array([JSONTree])
  case string(String)
  case integer(Int)
  case number(Double)
  case bool(Bool)
  case null

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .integer(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONTree].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONTree].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .object(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .integer(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .bool(let value): try container.encode(value)
    case .null: try container.encodeNil()
    }
  }

  /// The tree of any encodable value (a `Scenario`), or of JSON text.
  public static func of(_ value: some Encodable) throws -> JSONTree {
    try JSONDecoder().decode(JSONTree.self, from: try JSONEncoder().encode(value))
  }

  public static func parse(_ text: String) throws -> JSONTree {
    try JSONDecoder().decode(JSONTree.self, from: Data(text.utf8))
  }

  /// Leaves by dotted path; arrays and empty objects are leaves, written as compact text.
  public func flattened(prefix: String = "") -> [String: String] {
    guard case .object(let members) = self, !members.isEmpty else { return [prefix: text] }
    var result: [String: String] = [:]
    for (key, value) in members {
      result.merge(value.flattened(prefix: prefix.isEmpty ? key : prefix + "." + key)) { first, _ in first }
    }
    return result
  }

  /// Compact, deterministic text: strings bare at the top, quoted inside arrays and objects.
  public var text: String {
    switch self {
    case .string(let value): return value
    default: return json
    }
  }

  private var json: String {
    switch self {
    case .object(let members):
      return "{" + members.keys.sorted().map { "\"\($0)\": \(members[$0]?.json ?? "null")" }.joined(separator: ", ")
        + "}"
    case .array(let items): return "[" + items.map(\.json).joined(separator: ", ") + "]"
    case .string(let value): return "\"\(value)\""
    case .integer(let value): return String(value)
    case .number(let value):
      return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    }
  }

  /// The value at a dotted path, when every step is an object member.
  public func value(at path: [String]) -> JSONTree? {
    guard let first = path.first else { return self }
    guard case .object(let members) = self, let child = members[first] else { return nil }
    return child.value(at: Array(path.dropFirst()))
  }

  /// A copy with the value at `path` replaced, creating missing objects on the way (the strict scenario
  /// decoder then rejects a key it does not know, naming it).
  public func setting(_ newValue: JSONTree, at path: [String]) -> JSONTree {
    guard let first = path.first else { return newValue }
    var members: [String: JSONTree] = [:]
    if case .object(let existing) = self { members = existing }
    members[first] = (members[first] ?? .object([:])).setting(newValue, at: Array(path.dropFirst()))
    return .object(members)
  }
}
