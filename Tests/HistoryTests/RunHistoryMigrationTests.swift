import ContainerFitModel
import Foundation
import GRDB
import XCTest

@testable import ContainerFitHistory

final class RunHistoryMigrationTests: XCTestCase {
  func testNewFileGetsTheWholeSchemaInWALMode() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    try history.queue.read { db in
      XCTAssertEqual(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), ["v1", "v2"])
      for table in ["runs", "run_inputs", "run_applications"] {
        XCTAssertTrue(try db.tableExists(table), table)
      }
      XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA journal_mode"), "wal")
      XCTAssertEqual(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"), true)
      let cascades = try String.fetchAll(
        db,
        sql: "SELECT on_delete FROM pragma_foreign_key_list('run_applications') UNION ALL "
          + "SELECT on_delete FROM pragma_foreign_key_list('run_inputs')")
      XCTAssertEqual(cascades, ["CASCADE", "CASCADE"])
    }
  }

  func testEmptyExistingFileIsMigrated() throws {
    let path = try temporaryHistoryPath(self)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: path, contents: Data())
    let history = try RunHistory(path: path)
    try history.record(.fixture(id: "first"))
    XCTAssertEqual(try history.list().map(\.id), ["first"])
  }

  func testReopeningAnExistingFileKeepsItsRuns() throws {
    let path = try temporaryHistoryPath(self)
    do {
      let first = try RunHistory(path: path)
      try first.record(.fixture(id: "kept", applications: 5))
    }
    let reopened = try RunHistory(path: path)
    let alsoOpen = try RunHistory(path: path)
    XCTAssertEqual(try reopened.run(id: "kept"), .fixture(id: "kept", applications: 5))
    try alsoOpen.record(.fixture(id: "second"))
    XCTAssertEqual(try reopened.list().map(\.id).sorted(), ["kept", "second"])
    try reopened.queue.read { db in
      XCTAssertEqual(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), ["v1", "v2"])
    }
  }

  func testFileFromANewerSchemaIsRefusedWithTheVersionNamed() throws {
    let path = try temporaryHistoryPath(self)
    do {
      let history = try RunHistory(path: path)
      try history.record(.fixture(id: "old"))
      try history.queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
    }
    XCTAssertThrowsError(try RunHistory(path: path)) { error in
      XCTAssertEqual(error as? HistoryError, .newerSchema(path: path, unknownVersions: ["v99"]))
      XCTAssertTrue(error.localizedDescription.contains(path))
      XCTAssertTrue(error.localizedDescription.contains("newer containerfit"))
    }
  }

  func testFileThatIsNotADatabaseIsReportedUnreadable() throws {
    let path = try temporaryHistoryPath(self)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(String(repeating: "not a database, just text\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try RunHistory(path: path)) { error in
      guard case .unreadable(let errorPath, _) = error as? HistoryError else {
        return XCTFail("expected unreadable, got \(error)")
      }
      XCTAssertEqual(errorPath, path)
      XCTAssertTrue(error.localizedDescription.contains(path))
    }
  }

  func testFileInPlaceOfTheFolderCannotBeOpened() throws {
    let path = try temporaryHistoryPath(self)
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(
      atPath: (folder as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data("a file".utf8).write(to: URL(fileURLWithPath: folder))
    XCTAssertThrowsError(try RunHistory(path: path)) { error in
      guard case .cannotOpen(let errorPath, _) = error as? HistoryError else {
        return XCTFail("expected cannotOpen, got \(error)")
      }
      XCTAssertEqual(errorPath, path)
    }
  }

  func testFolderInPlaceOfTheFileCannotBeOpened() throws {
    let path = try temporaryHistoryPath(self)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    XCTAssertThrowsError(try RunHistory(path: path)) { error in
      XCTAssertNotNil(error as? HistoryError, "\(error)")
      XCTAssertTrue(error.localizedDescription.contains(path))
    }
  }
}

extension RunHistoryMigrationTests {
  /// A v1 history (before waves and the per-input reconciliation) upgrades in place: its runs read
  /// with no wave and zero counts, and new runs keep theirs.
  func testAVersion1FileUpgradesAndKeepsItsRuns() throws {
    let path = try temporaryHistoryPath(self)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let queue = try DatabaseQueue(path: path)
    try HistorySchema.migrator.migrate(queue, upTo: "v1")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO runs VALUES ('old', '2026-01-01T00:00:00.000Z', '0.1.0', 'baseline', '{}', '{}', 1);
          INSERT INTO run_inputs VALUES ('old', 0, 'a.csv', 'csv', 'ab', 1, 1, 0, '[]');
          INSERT INTO run_applications VALUES ('old', 0, 'app', 'App', 'srv', 90, 'ready', 1, 'process', 'h1', '[]');
          """)
    }
    try queue.close()
    let history = try RunHistory(path: path)
    let old = try XCTUnwrap(try history.run(id: "old"))
    XCTAssertNil(old.applications.first?.wave)
    XCTAssertEqual(old.inputs.first?.outOfScope, 0)
    var recorded = RunRecord.fixture(id: "new", applications: 2)
    recorded.applications[0].wave = 3
    recorded.inputs = [InputSummary(path: "b.csv", format: "csv", sha256: "cd", servers: 1)]
    recorded.inputs[0].hypervisorHosts = 4
    try history.record(recorded)
    let read = try XCTUnwrap(try history.run(id: "new"))
    XCTAssertEqual(read.applications.first?.wave, 3)
    XCTAssertEqual(read.inputs.first?.hypervisorHosts, 4)
  }
}
