import Foundation

/// A scenario's scoring section that cannot be used; each message names the key.
public enum ScoringError: Error, LocalizedError, Equatable, Sendable {
  /// `scoring.weights` or `scoring.effort_days` names a finding id no rule raises.
  case unknownFindingId(key: String, id: String)
  /// A weight, effort or band out of range.
  case badValue(key: String, detail: String)

  /// The key path the error is about (`scoring.weights.registry-wrte`).
  public var key: String {
    switch self {
    case .unknownFindingId(let key, _), .badValue(let key, _): return key
    }
  }

  public var errorDescription: String? {
    switch self {
    case .unknownFindingId(let key, let id):
      let near = RuleRegistry.findingDefaults.map(\.id).filter { $0.hasPrefix(String(id.prefix(4))) }
      let hint = near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)"
      return "unknown finding id '\(id)' in scenario key '\(key)'\(hint); docs/scoring.md lists every finding id."
    case .badValue(let key, let detail): return "bad value for scenario key '\(key)': \(detail)."
    }
  }
}
