import ContainerFitModel
import Foundation

/// One `--vary KEY=V1,V2` of a what-if: a scenario key by its dotted path (`host.shape`,
/// `licensing.edition`, `hyperv.cpu_overhead_pct`) and the values to try. Values of a list key
/// (`allowed_host_builds`) separate their items with `+` or `;` (`17763+20348`), since `,` separates
/// the values; `null` clears an optional key.
public struct ScenarioVariation: Sendable, Hashable {
  /// One key set to one value.
  public struct Assignment: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
      self.key = key
      self.value = value
    }

    /// `key=value`.
    public var text: String { "\(key)=\(value)" }
  }

  /// The short forms of PRODUCT.md and their full key paths.
  public static let shortForms = [
    "host": "host.shape", "shape": "host.shape", "edition": "licensing.edition", "licence": "licensing.model",
    "license": "licensing.model", "utilization": "host.target_utilization_pct",
  ]

  /// The full dotted key path.
  public var key: String
  /// The values to try, in order.
  public var values: [String]

  /// Parses `KEY=V1,V2,...`; throws `ScenarioVariationError` for a malformed argument.
  public init(argument: String) throws {
    guard let equals = argument.firstIndex(of: "=") else { throw ScenarioVariationError.syntax(argument: argument) }
    let name = argument[..<equals].trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, !name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
    else { throw ScenarioVariationError.syntax(argument: argument) }
    let values = argument[argument.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    guard !values.contains(where: \.isEmpty) else { throw ScenarioVariationError.emptyValue(argument: argument) }
    key = Self.shortForms[name] ?? name
    self.values = values
  }

  /// The assignments of this variation, one per value.
  public var assignments: [Assignment] { values.map { Assignment(key: key, value: $0) } }

  /// `base` with each assignment applied, through the same strict decoder and checks as a scenario
  /// file: an unknown key or a bad value throws `ScenarioVariationError` naming the key and the value.
  public static func apply(_ assignments: [Assignment], to base: Scenario) throws -> Scenario {
    var tree = try JSONTree.of(base)
    // An absent shape is encoded by leaving the key out, which would decode as the default shape.
    if base.host.shape == nil { tree = tree.setting(.null, at: ["host", "shape"]) }
    var scenario = base
    for assignment in assignments {
      let path = assignment.key.split(separator: ".").map(String.init)
      let parsed = parse(assignment.value, like: tree.value(at: path))
      do {
        (tree, scenario) = try decoding(tree.setting(parsed, at: path), assignment)
      } catch ScenarioVariationError.badValue(let key, let value, let detail) {
        // `name=2024` or a currency like `NaN` is text, not a number: try the value as written.
        guard parsed != .string(assignment.value) else {
          throw ScenarioVariationError.badValue(key: key, value: value, detail: detail)
        }
        (tree, scenario) = try decoding(tree.setting(.string(assignment.value), at: path), assignment)
      }
    }
    do {
      try scenario.validate(file: "--vary")
    } catch ScenarioError.badValue(_, let key, let detail) {
      let culprit = assignments.last { $0.key == key || $0.key.hasPrefix(key + ".") || key.hasPrefix($0.key + ".") }
      throw ScenarioVariationError.badValue(
        key: culprit?.key ?? key, value: culprit?.value ?? assignments.map(\.text).joined(separator: ", "),
        detail: detail)
    }
    return scenario
  }

  private static func decoding(_ tree: JSONTree, _ assignment: Assignment) throws -> (JSONTree, Scenario) {
    do {
      return (tree, try JSONDecoder().decode(Scenario.self, from: try JSONEncoder().encode(tree)))
    } catch let error as UnknownScenarioKey {
      throw ScenarioVariationError.unknownKey(key: assignment.key, path: error.path)
    } catch let error as DecodingError {
      throw ScenarioVariationError.badValue(key: assignment.key, value: assignment.value, detail: detail(of: error))
    }
  }

  private static func parse(_ text: String, like current: JSONTree?) -> JSONTree {
    if case .array = current {
      return .array(text.split(whereSeparator: { $0 == "+" || $0 == ";" }).map { scalar(String($0)) })
    }
    return scalar(text)
  }

  private static func scalar(_ text: String) -> JSONTree {
    let text = text.trimmingCharacters(in: .whitespaces)
    switch text {
    case "null": return .null
    case "true": return .bool(true)
    case "false": return .bool(false)
    default:
      if let value = Int(text) { return .integer(value) }
      if let value = Double(text), value.isFinite { return .number(value) }
      return .string(text)
    }
  }

  private static func detail(of error: DecodingError) -> String {
    switch error {
    case .typeMismatch(let type, _), .valueNotFound(let type, _): return "expected \(type)"
    case .dataCorrupted(let context): return context.debugDescription
    case .keyNotFound(let key, _): return "missing \(key.stringValue)"
    @unknown default: return "invalid"
    }
  }
}
