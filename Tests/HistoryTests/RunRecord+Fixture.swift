import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitHistory

extension RunRecord {
  /// A run with `applications` apps and two inputs, every field filled, optional ones alternating with nil.
  static func fixture(
    id: String, createdAt: Date = Date(timeIntervalSince1970: 1_795_000_000.123), name: String = "baseline",
    applications: Int = 3
  ) -> RunRecord {
    RunRecord(
      id: id, createdAt: createdAt, toolVersion: "1.0.0", name: name,
      scenarioJSON: #"{"name":"\#(name)","version":1}"#,
      summaryJSON: #"{"applications":\#(applications),"servers":2}"#,
      inputs: [
        InputSummary(
          path: "Inventories/servers.csv", format: "csv", sha256: String(repeating: "ab", count: 32), servers: 2,
          applications: 0, rejected: 1, missingFields: ["os_build", "memory_gb"]),
        InputSummary(
          path: "Inventories/apps.json", format: "json", sha256: String(repeating: "cd", count: 32), servers: 0,
          applications: applications, rejected: 0),
      ],
      applications: (0..<applications).map { index in
        RunApplication(
          appId: "app-\(index)", name: "App \(index) — Größe", serverId: "srv-\(index % 2)",
          score: 100 - Double(index % 100) * 0.5, verdict: ["ready", "minor", "major", "unsuitable"][index % 4],
          confidence: 0.75, isolation: index.isMultiple(of: 2) ? "process" : nil,
          hostId: index.isMultiple(of: 3) ? nil : "host-\(index % 7)",
          findingsJSON: #"[{"rule":"registry_write","points":15,"evidence":"HKLM\\Software"}]"#)
      })
  }
}

/// A fresh folder per test, removed afterwards.
func temporaryHistoryPath(_ test: XCTestCase, file: String = "history.sqlite") throws -> String {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("containerfit-history-\(UUID().uuidString)")
  test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
  return folder.appendingPathComponent("nested").appendingPathComponent(file).path
}

extension RunHistory {
  /// `PRAGMA integrity_check`'s answer: `["ok"]` for a sound file.
  func integrityCheck() throws -> [String] {
    try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }

  /// Input and application rows whose run is missing, and runs whose stored app count differs from
  /// their rows: both must stay empty whatever happens to a writer.
  func inconsistencies() throws -> [String] {
    try queue.read { db in
      let orphans = try String.fetchAll(
        db,
        sql: """
          SELECT 'orphan application of ' || run_id FROM run_applications
          WHERE run_id NOT IN (SELECT id FROM runs)
          UNION ALL
          SELECT 'orphan input of ' || run_id FROM run_inputs WHERE run_id NOT IN (SELECT id FROM runs)
          """)
      let partial = try String.fetchAll(
        db,
        sql: """
          SELECT 'partial run ' || id FROM runs
          WHERE application_count <> (SELECT count(*) FROM run_applications WHERE run_id = runs.id)
          """)
      return orphans + partial
    }
  }

  func rowCount(_ table: String) throws -> Int {
    try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1 }
  }
}
