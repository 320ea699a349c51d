import Foundation
import GRDB

// Opening a history: connection settings, schema migration, and the races of several processes
// creating the same new file.
extension RunHistory {
  /// Opens the database at `path` in WAL mode with a busy timeout and brings its schema up to date.
  static func openQueue(path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.journalMode = .wal
    configuration.busyMode = .timeout(busyTimeout)
    configuration.foreignKeysEnabled = true
    configuration.label = "containerfit.history"
    let deadline = Date().addingTimeInterval(busyTimeout)
    var otherFailures = 0
    while true {
      do {
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try migrate(queue, path: path)
        return queue
      } catch let error as DatabaseError where isSetupRace(error, otherFailures: &otherFailures) && Date() < deadline {
        // Connections setting up a new file together (switching it to WAL, creating the migrations
        // table, applying `v1`) can get "database is locked" without the busy handler being consulted,
        // or find a table another connection has just created. Such failures pass once the other
        // connection is done, so the whole opening is tried again.
        Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.05))
      } catch let error as HistoryError {
        throw error
      } catch {
        throw historyError(for: error, path: path)
      }
    }
  }

  /// Applies the migrations the file lacks, refusing a file that a newer version migrated further.
  private static func migrate(_ queue: DatabaseQueue, path: String) throws {
    let migrator = HistorySchema.migrator
    let unknown = try queue.read { db in try migrator.appliedIdentifiers(db).subtracting(migrator.migrations) }
    guard unknown.isEmpty else { throw HistoryError.newerSchema(path: path, unknownVersions: unknown.sorted()) }
    do {
      try migrator.migrate(queue)
    } catch {
      // Another process may have applied the same migration between our check and our transaction:
      // ours then fails on the tables it created, and the schema is complete all the same.
      if try queue.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
      throw error
    }
  }

  /// Whether `error` may be another connection's setup in the way. Lock errors are retried until the
  /// deadline; other errors a few times only, so a file whose tables clash with ours fails fast.
  private static func isSetupRace(_ error: DatabaseError, otherFailures: inout Int) -> Bool {
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED: return true
    case .SQLITE_ERROR, .SQLITE_SCHEMA:
      otherFailures += 1
      return otherFailures <= 5
    default: return false
    }
  }
}
