import GRDB

/// The history's schema, one migration per version. A released migration is never edited: a change to the
/// schema is a new migration appended here (`v2`, `v3`, ...), so every older database file upgrades in order.
enum HistorySchema {
  /// Every migration this version of containerfit knows, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      // `application_count` is kept on the run so `runs list` does not count a million rows per run.
      try db.execute(
        sql: """
          CREATE TABLE runs (
            id TEXT NOT NULL PRIMARY KEY,
            created_at TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            name TEXT NOT NULL,
            scenario_json TEXT NOT NULL,
            summary_json TEXT NOT NULL,
            application_count INTEGER NOT NULL
          );
          CREATE INDEX runs_by_created_at ON runs(created_at);
          CREATE TABLE run_inputs (
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            servers INTEGER NOT NULL,
            applications INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            missing_fields_json TEXT NOT NULL DEFAULT '[]'
          );
          CREATE INDEX run_inputs_by_run ON run_inputs(run_id, position);
          CREATE TABLE run_applications (
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            app_id TEXT NOT NULL,
            name TEXT NOT NULL,
            server_id TEXT NOT NULL,
            score REAL NOT NULL,
            verdict TEXT NOT NULL,
            confidence REAL NOT NULL,
            isolation TEXT,
            host_id TEXT,
            findings_json TEXT NOT NULL
          );
          CREATE INDEX run_applications_by_run ON run_applications(run_id, position);
          """)
    }
    migrator.registerMigration("v2") { db in
      // Every input's records reconcile (out of scope and the virtual infrastructure counted too), and
      // each application keeps its migration wave. Older runs read them as 0 and no wave.
      try db.execute(
        sql: """
          ALTER TABLE run_inputs ADD COLUMN out_of_scope INTEGER NOT NULL DEFAULT 0;
          ALTER TABLE run_inputs ADD COLUMN hypervisor_hosts INTEGER NOT NULL DEFAULT 0;
          ALTER TABLE run_inputs ADD COLUMN hypervisor_clusters INTEGER NOT NULL DEFAULT 0;
          ALTER TABLE run_applications ADD COLUMN wave INTEGER;
          """)
    }
    return migrator
  }
}
