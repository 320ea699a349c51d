import Foundation

/// A run that cannot be read for comparison; the message names the path.
public enum RunSnapshotError: Error, LocalizedError, Equatable, Sendable {
  case notFound(path: String)
  case unreadable(path: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .notFound(let path):
      return "\(path): no such run folder or assessment.json, and no run with this id in the history."
    case .unreadable(let path, let reason):
      return "\(path): not an assessment.json containerfit can read (\(reason))."
    }
  }
}
