import GRDB
import GRDBSQLite

/// Binds application rows straight onto SQLite's prepared statement. A run may hold a million
/// applications, and building GRDB `StatementArguments` for each row is about a quarter of recording
/// them, so the hot loop talks to SQLite itself.
enum ApplicationRowWriter {
  /// Inserts `applications` with `statement`, which must be the `run_applications` insert of
  /// `RunHistory.insert` (twelve placeholders, in its column order), inside the caller's transaction.
  static func write(_ applications: [RunApplication], runId: String, with statement: Statement) throws {
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    for (position, app) in applications.enumerated() {
      sqlite3_reset(handle)
      bind(runId, at: 1, in: handle)
      sqlite3_bind_int64(handle, 2, Int64(position))
      bind(app.appId, at: 3, in: handle)
      bind(app.name, at: 4, in: handle)
      bind(app.serverId, at: 5, in: handle)
      sqlite3_bind_double(handle, 6, app.score)
      bind(app.verdict, at: 7, in: handle)
      sqlite3_bind_double(handle, 8, app.confidence)
      bind(app.isolation, at: 9, in: handle)
      bind(app.hostId, at: 10, in: handle)
      bind(app.findingsJSON, at: 11, in: handle)
      if let wave = app.wave { sqlite3_bind_int64(handle, 12, Int64(wave)) } else { sqlite3_bind_null(handle, 12) }
      let code = sqlite3_step(handle)
      guard code == SQLITE_DONE else {
        let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
      }
    }
  }

  /// SQLITE_TRANSIENT: SQLite copies the text before the Swift string's buffer goes away.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Text is bound as a C string, as GRDB binds and reads it everywhere else: it ends at a NUL character.
  private static func bind(_ value: String?, at index: Int32, in handle: SQLiteStatement) {
    guard let text = value else {
      sqlite3_bind_null(handle, index)
      return
    }
    sqlite3_bind_text(handle, index, text, -1, transient)
  }
}
