import Foundation

/// Why the run history could not do what was asked. Every message names the database or the run.
public enum HistoryError: Error, LocalizedError, Equatable {
  /// No run has this id, nor an id starting with it.
  case runNotFound(id: String, path: String)
  /// Several runs start with this prefix.
  case ambiguousRunPrefix(prefix: String, matches: [String], path: String)
  /// A run with this id is already recorded.
  case runAlreadyRecorded(id: String, path: String)
  /// The file is not an SQLite database, or it is damaged.
  case unreadable(path: String, reason: String)
  /// The folder or the file cannot be created or opened (permissions, a file in the way).
  case cannotOpen(path: String, reason: String)
  /// The database was written by a newer containerfit, whose schema this version does not know.
  case newerSchema(path: String, unknownVersions: [String])
  /// Any other database failure while reading or writing.
  case databaseFailed(path: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .runNotFound(let id, let path):
      return "No run '\(id)' in the history \(path); `containerfit runs list` shows the recorded runs."
    case .ambiguousRunPrefix(let prefix, let matches, let path):
      let shown = matches.prefix(10).joined(separator: ", ") + (matches.count > 10 ? ", ..." : "")
      return "The run id '\(prefix)' is ambiguous in the history \(path): it starts \(matches.count) runs "
        + "(\(shown)); give more characters of the id."
    case .runAlreadyRecorded(let id, let path):
      return "A run '\(id)' is already recorded in the history \(path); each run needs a new id."
    case .unreadable(let path, let reason):
      return "The history \(path) is not a readable SQLite database (\(reason)); move it aside or choose "
        + "another file with --history."
    case .cannotOpen(let path, let reason):
      return "The history \(path) cannot be opened (\(reason)); check the folder and its permissions, or "
        + "use --no-history."
    case .newerSchema(let path, let versions):
      return "The history \(path) was written by a newer containerfit (schema \(versions.joined(separator: ", "))); "
        + "upgrade containerfit or choose another file with --history."
    case .databaseFailed(let path, let reason):
      return "The history \(path) could not be read or written (\(reason))."
    }
  }
}
