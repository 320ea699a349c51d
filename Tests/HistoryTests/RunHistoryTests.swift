import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitHistory

final class RunHistoryTests: XCTestCase {
  func testRecordedRunReadsBackWithEveryFieldEqual() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    let run = RunRecord.fixture(id: "20261129-101500-ab12cd", applications: 50)
    try history.record(run)

    let read = try XCTUnwrap(try history.run(id: run.id))
    XCTAssertEqual(read.inputs, run.inputs)
    XCTAssertEqual(read.applications, run.applications)
    XCTAssertEqual(read.createdAt, run.createdAt)
    XCTAssertEqual(read, run)
  }

  func testCreatedAtIsKeptToTheMillisecond() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    try history.record(.fixture(id: "a", createdAt: Date(timeIntervalSince1970: 1_795_000_000.123_4)))
    let read = try XCTUnwrap(try history.run(id: "a"))
    XCTAssertEqual(read.createdAt, Date(timeIntervalSince1970: 1_795_000_000.123))
  }

  func testListShowsNewestFirstWithNameSummaryAndAppCount() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    try history.record(.fixture(id: "20261101-090000-aaaaaa", createdAt: Date(timeIntervalSince1970: 100), name: "old"))
    try history.record(
      .fixture(id: "20261103-090000-cccccc", createdAt: Date(timeIntervalSince1970: 300), name: "new", applications: 7))
    try history.record(
      .fixture(id: "20261102-090000-bbbbbb", createdAt: Date(timeIntervalSince1970: 200), name: "mid", applications: 0))

    let rows = try history.list()
    XCTAssertEqual(rows.map(\.id), ["20261103-090000-cccccc", "20261102-090000-bbbbbb", "20261101-090000-aaaaaa"])
    XCTAssertEqual(
      rows.first,
      RunSummaryRow(
        id: "20261103-090000-cccccc", createdAt: Date(timeIntervalSince1970: 300), name: "new",
        summaryJSON: #"{"applications":7,"servers":2}"#, applicationCount: 7))
    XCTAssertEqual(rows.map(\.applicationCount), [7, 0, 3])
  }

  func testEmptyHistoryListsNothing() throws {
    XCTAssertEqual(try RunHistory(path: try temporaryHistoryPath(self)).list(), [])
  }

  func testUniquePrefixFindsTheRun() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    try history.record(.fixture(id: "20261129-101500-ab12cd"))
    try history.record(.fixture(id: "20261130-080000-ffffff"))

    XCTAssertEqual(try history.run(id: "20261129")?.id, "20261129-101500-ab12cd")
    XCTAssertEqual(try history.run(id: "20261130-080000-ffffff")?.id, "20261130-080000-ffffff")
    XCTAssertNil(try history.run(id: "2025"))
    XCTAssertNil(try history.run(id: ""))
  }

  func testExactIdWinsOverLongerIdsItPrefixes() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    try history.record(.fixture(id: "run-1"))
    try history.record(.fixture(id: "run-10"))
    XCTAssertEqual(try history.run(id: "run-1")?.id, "run-1")
  }

  func testAmbiguousPrefixNamesTheMatches() throws {
    let path = try temporaryHistoryPath(self)
    let history = try RunHistory(path: path)
    try history.record(.fixture(id: "20261129-101500-ab12cd"))
    try history.record(.fixture(id: "20261129-113000-99ee00"))
    try history.record(.fixture(id: "20261130-080000-ffffff"))

    XCTAssertThrowsError(try history.run(id: "20261129-1")) { error in
      XCTAssertEqual(
        error as? HistoryError,
        .ambiguousRunPrefix(
          prefix: "20261129-1", matches: ["20261129-101500-ab12cd", "20261129-113000-99ee00"], path: path))
      let message = error.localizedDescription
      XCTAssertTrue(message.contains("20261129-101500-ab12cd") && message.contains("20261129-113000-99ee00"))
      XCTAssertTrue(message.contains(path))
    }
    XCTAssertThrowsError(try history.delete(id: "20261129"))
    XCTAssertEqual(try history.list().count, 3)
  }

  func testPrefixWithLikeWildcardsMatchesLiterally() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    try history.record(.fixture(id: "run_a"))
    try history.record(.fixture(id: "runXb"))
    XCTAssertEqual(try history.run(id: "run_")?.id, "run_a")
    XCTAssertNil(try history.run(id: "run%"))
  }

  func testDeleteRemovesTheRunItsInputsAndApplications() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    try history.record(.fixture(id: "keep", applications: 4))
    try history.record(.fixture(id: "drop", applications: 6))

    XCTAssertTrue(try history.delete(id: "dro"))
    XCTAssertFalse(try history.delete(id: "drop"))
    XCTAssertNil(try history.run(id: "drop"))
    XCTAssertEqual(try history.list().map(\.id), ["keep"])
    XCTAssertEqual(try history.rowCount("run_applications"), 4)
    XCTAssertEqual(try history.rowCount("run_inputs"), 2)
    XCTAssertEqual(try history.inconsistencies(), [])
  }

  func testRecordingAnIdTwiceIsAnErrorAndKeepsTheFirstRun() throws {
    let path = try temporaryHistoryPath(self)
    let history = try RunHistory(path: path)
    try history.record(.fixture(id: "same", applications: 2))
    XCTAssertThrowsError(try history.record(.fixture(id: "same", applications: 5))) { error in
      XCTAssertEqual(error as? HistoryError, .runAlreadyRecorded(id: "same", path: path))
    }
    XCTAssertEqual(try history.run(id: "same")?.applications.count, 2)
    XCTAssertEqual(try history.inconsistencies(), [])
  }

  func testFailureHalfwayThroughTheApplicationsLeavesNothingOfTheRun() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    try history.record(.fixture(id: "before", applications: 3))
    // A trigger stands in for a crash: it aborts the insert of the 500th application row.
    try history.queue.write { db in
      try db.execute(
        sql: """
          CREATE TRIGGER fail_halfway BEFORE INSERT ON run_applications WHEN NEW.position = 500
          BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
          """)
    }

    XCTAssertThrowsError(try history.record(.fixture(id: "broken", applications: 1_000)))

    XCTAssertNil(try history.run(id: "broken"))
    XCTAssertEqual(try history.list().map(\.id), ["before"])
    XCTAssertEqual(try history.rowCount("run_applications"), 3)
    XCTAssertEqual(try history.rowCount("run_inputs"), 2)
    XCTAssertEqual(try history.integrityCheck(), ["ok"])
  }

  func testDefaultPathIsInTheWorkingFolder() {
    XCTAssertEqual(RunHistory.defaultPath, ".containerfit/history.sqlite")
  }
}

extension RunHistoryTests {
  func testEmptyAndNonASCIITextRoundTrips() throws {
    let history = try RunHistory(path: try temporaryHistoryPath(self))
    var run = RunRecord.fixture(id: "odd-text", applications: 0)
    run.applications = [
      RunApplication(
        appId: "a b", name: "", serverId: "srv", score: 0, verdict: "ready", confidence: 0, isolation: "",
        hostId: "h", findingsJSON: "[]"),
      RunApplication(
        appId: "emoji-🚢", name: "名前", serverId: "", score: -1.5, verdict: "unsuitable", confidence: 1,
        findingsJSON: ""),
    ]
    try history.record(run)
    XCTAssertEqual(try history.run(id: "odd-text")?.applications, run.applications)
  }
}
