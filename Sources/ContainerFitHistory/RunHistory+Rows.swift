import ContainerFitModel
import Foundation
import GRDB

// Writing and reading the rows of one run. Statements are prepared once per call and rebound per row:
// a run may hold a million applications.
extension RunHistory {
  /// `created_at` is ISO 8601 text (readable in the sqlite3 CLI, sortable); this reads it back as
  /// milliseconds since 1970 so the round trip is exact to the millisecond.
  static let createdAtMilliseconds = "CAST(round((julianday(created_at) - 2440587.5) * 86400000) AS INTEGER)"

  static func date(milliseconds: Int64) -> Date {
    Date(timeIntervalSince1970: Double(milliseconds) / 1000)
  }

  static func insert(_ run: RunRecord, into db: Database) throws {
    let milliseconds = Int64((run.createdAt.timeIntervalSince1970 * 1000).rounded())
    try db.execute(
      sql: """
        INSERT INTO runs (id, created_at, tool_version, name, scenario_json, summary_json, application_count)
        VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', ? / 1000.0, 'unixepoch'), ?, ?, ?, ?, ?)
        """,
      arguments: [
        run.id, milliseconds, run.toolVersion, run.name, run.scenarioJSON, run.summaryJSON, run.applications.count,
      ])

    let inputStatement = try db.makeStatement(
      sql: """
        INSERT INTO run_inputs
          (run_id, position, path, format, sha256, servers, applications, rejected, missing_fields_json,
           out_of_scope, hypervisor_hosts, hypervisor_clusters)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (position, input) in run.inputs.enumerated() {
      let missing = String(decoding: try JSONEncoder().encode(input.missingFields), as: UTF8.self)
      try inputStatement.execute(arguments: [
        run.id, position, input.path, input.format, input.sha256, input.servers, input.applications,
        input.rejected, missing, input.outOfScope, input.hypervisorHosts, input.hypervisorClusters,
      ])
    }

    let appStatement = try db.makeStatement(
      sql: """
        INSERT INTO run_applications
          (run_id, position, app_id, name, server_id, score, verdict, confidence, isolation, host_id, findings_json,
           wave)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    try ApplicationRowWriter.write(run.applications, runId: run.id, with: appStatement)
  }

  static func fetchRun(id: String, from db: Database) throws -> RunRecord? {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT id, \(createdAtMilliseconds), tool_version, name, scenario_json, summary_json
          FROM runs WHERE id = ?
          """,
        arguments: [id])
    else { return nil }
    var run = RunRecord(
      id: row[0], createdAt: date(milliseconds: row[1]), toolVersion: row[2], name: row[3], scenarioJSON: row[4],
      summaryJSON: row[5])

    let inputs = try Row.fetchCursor(
      db,
      sql: """
        SELECT path, format, sha256, servers, applications, rejected, missing_fields_json, out_of_scope,
          hypervisor_hosts, hypervisor_clusters
        FROM run_inputs WHERE run_id = ? ORDER BY position
        """,
      arguments: [id])
    while let input = try inputs.next() {
      let missingJSON: String = input[6]
      let missing = (try? JSONDecoder().decode([String].self, from: Data(missingJSON.utf8))) ?? []
      var summary = InputSummary(
        path: input[0], format: input[1], sha256: input[2], servers: input[3], applications: input[4],
        rejected: input[5], missingFields: missing)
      (summary.outOfScope, summary.hypervisorHosts, summary.hypervisorClusters) = (input[7], input[8], input[9])
      run.inputs.append(summary)
    }

    let apps = try Row.fetchCursor(
      db,
      sql: """
        SELECT app_id, name, server_id, score, verdict, confidence, isolation, host_id, findings_json, wave
        FROM run_applications WHERE run_id = ? ORDER BY position
        """,
      arguments: [id])
    while let app = try apps.next() {
      run.applications.append(
        RunApplication(
          appId: app[0], name: app[1], serverId: app[2], score: app[3], verdict: app[4], confidence: app[5],
          isolation: app[6], hostId: app[7], findingsJSON: app[8], wave: app[9]))
    }
    return run
  }
}
