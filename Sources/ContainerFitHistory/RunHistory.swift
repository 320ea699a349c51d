import Foundation
import GRDB

/// The run history: every `assess` recorded in one SQLite file, so runs can be listed, shown, compared
/// and deleted later. Several processes may record into the same file at once.
public struct RunHistory: Sendable {
  /// Where the history lives unless `--history` says otherwise, relative to the current folder.
  public static var defaultPath: String { ".containerfit/history.sqlite" }

  /// How long a writer waits for another process's transaction before giving up. A run of a million
  /// applications takes 3–7 s to record on a busy 2-core machine, so this lets several such writers queue.
  static let busyTimeout: TimeInterval = 30

  /// The database file, as given.
  public let path: String
  let queue: DatabaseQueue

  /// Opens the history at `path`, creating its folders and the database when missing, and upgrades an
  /// older schema. Throws `HistoryError` when the file is not a database or comes from a newer version.
  public init(path: String) throws {
    self.path = path
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw HistoryError.cannotOpen(path: path, reason: "cannot create the folder \(folder.path)")
    }
    queue = try Self.openQueue(path: path)
  }

  /// Records a run in one transaction: the run, its inputs and all its applications land together or
  /// not at all, even if the process is killed halfway.
  public func record(_ run: RunRecord) throws {
    try translatingErrors(runId: run.id) {
      try queue.writeWithoutTransaction { db in
        // IMMEDIATE takes the write lock up front, so a concurrent writer waits (busy timeout) instead of
        // failing when a read snapshot would need upgrading.
        try db.inTransaction(.immediate) {
          try Self.insert(run, into: db)
          return .commit
        }
      }
    }
  }

  /// Every recorded run without its applications, newest first.
  public func list() throws -> [RunSummaryRow] {
    try translatingErrors {
      try queue.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT id, \(Self.createdAtMilliseconds), name, summary_json, application_count
            FROM runs ORDER BY created_at DESC, id DESC
            """
        ).map { row in
          RunSummaryRow(
            id: row[0], createdAt: Self.date(milliseconds: row[1]), name: row[2], summaryJSON: row[3],
            applicationCount: row[4])
        }
      }
    }
  }

  /// The run with this id, or with the only id starting with it (like git); nil when none matches.
  /// Throws `HistoryError.ambiguousRunPrefix` when several runs start with `id`.
  public func run(id: String) throws -> RunRecord? {
    try translatingErrors {
      try queue.read { db in
        guard let fullId = try resolve(id, in: db) else { return nil }
        return try Self.fetchRun(id: fullId, from: db)
      }
    }
  }

  /// Deletes the run with this id (or unique id prefix) with its inputs and applications. Returns false
  /// when no run matches.
  public func delete(id: String) throws -> Bool {
    try translatingErrors {
      try queue.writeWithoutTransaction { db in
        var deleted = false
        try db.inTransaction(.immediate) {
          if let fullId = try resolve(id, in: db) {
            try db.execute(sql: "DELETE FROM runs WHERE id = ?", arguments: [fullId])
            deleted = db.changesCount > 0
          }
          return .commit
        }
        return deleted
      }
    }
  }

  /// The full id that `id` names: itself when recorded, else the only id starting with it.
  private func resolve(_ id: String, in db: Database) throws -> String? {
    guard !id.isEmpty else { return nil }
    if try Bool.fetchOne(db, sql: "SELECT 1 FROM runs WHERE id = ?", arguments: [id]) == true { return id }
    // substr rather than LIKE: ids may hold `_` or `%`, which LIKE would read as wildcards.
    let matches = try String.fetchAll(
      db, sql: "SELECT id FROM runs WHERE substr(id, 1, length(?1)) = ?1 ORDER BY id", arguments: [id])
    if matches.count > 1 { throw HistoryError.ambiguousRunPrefix(prefix: id, matches: matches, path: path) }
    return matches.first
  }

  private func translatingErrors<T>(runId: String? = nil, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError
      where runId != nil && error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    {
      throw HistoryError.runAlreadyRecorded(id: runId ?? "", path: path)
    } catch {
      throw Self.historyError(for: error, path: path)
    }
  }

  private static func translatingErrors<T>(path: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw historyError(for: error, path: path) }
  }

  /// Turns an SQLite failure into a sentence about the history file.
  static func historyError(for error: Error, path: String) -> Error {
    guard let error = error as? DatabaseError else { return error }
    let reason = error.message ?? "SQLite error \(error.resultCode.rawValue)"
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT: return HistoryError.unreadable(path: path, reason: reason)
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
      return HistoryError.cannotOpen(path: path, reason: reason)
    default: return HistoryError.databaseFailed(path: path, reason: reason)
    }
  }
}
