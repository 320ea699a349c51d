import Foundation
import XCTest

@testable import ContainerFitHistory

/// Several writers on one file, and a writer killed mid-run. Child processes are this test bundle run
/// again on `testChildWriterRecordsRuns`, steered by environment variables.
final class RunHistoryConcurrencyTests: XCTestCase {
  func testThreadsWithTheirOwnHistoryOnANewFileAllLand() throws {
    let path = try temporaryHistoryPath(self)
    let writers = 4
    let runsEach = 5
    let failures = Failures()
    // Every thread opens the file itself, so creation and the first migration race as well.
    DispatchQueue.concurrentPerform(iterations: writers) { writer in
      do {
        let history = try RunHistory(path: path)
        for index in 0..<runsEach {
          try history.record(.fixture(id: "thread\(writer)-\(index)", applications: 2_000))
        }
      } catch {
        failures.append("writer \(writer): \(error)")
      }
    }
    XCTAssertEqual(failures.all, [])

    let history = try RunHistory(path: path)
    XCTAssertEqual(try history.list().count, writers * runsEach)
    XCTAssertEqual(try history.rowCount("run_applications"), writers * runsEach * 2_000)
    XCTAssertEqual(try history.integrityCheck(), ["ok"])
    XCTAssertEqual(try history.inconsistencies(), [])
  }

  func testProcessesWritingOneFileAtOnceAllLand() throws {
    let path = try temporaryHistoryPath(self)
    let children = try (0..<3).map { child in
      try startChild(path: path, prefix: "process\(child)", runs: 6, applications: 5_000)
    }
    // This process writes too, while the children do.
    let history = try RunHistory(path: path)
    for index in 0..<3 { try history.record(.fixture(id: "parent-\(index)", applications: 5_000)) }
    for child in children { child.waitUntilExit() }
    for (index, child) in children.enumerated() {
      XCTAssertEqual(child.terminationStatus, 0, "a child writer failed: \(childLog(path, "process\(index)"))")
    }

    let ids = try history.list().map(\.id)
    XCTAssertEqual(ids.count, 3 * 6 + 3)
    for child in 0..<3 {
      XCTAssertEqual(ids.filter { $0.hasPrefix("process\(child)-") }.count, 6)
    }
    XCTAssertEqual(try history.integrityCheck(), ["ok"])
    XCTAssertEqual(try history.inconsistencies(), [])
  }

  func testWriterKilledMidRunLeavesNoPartialRun() throws {
    let path = try temporaryHistoryPath(self)
    let ready = path + ".ready"
    // Runs of 100,000 apps, one after another, until killed.
    let child = try startChild(path: path, prefix: "killed", runs: 1_000, applications: 100_000, readyFile: ready)
    let deadline = Date().addingTimeInterval(120)
    while !FileManager.default.fileExists(atPath: ready) && child.isRunning && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    XCTAssertTrue(child.isRunning, "the child writer stopped before it could be killed: \(childLog(path, "killed"))")
    // The ready file holds how long the first run took; the second started right after it, so killing
    // partway through that time lands inside its transaction.
    Thread.sleep(forTimeInterval: 0.05)
    let runSeconds = (try? String(contentsOfFile: ready, encoding: .utf8)).flatMap(Double.init) ?? 0.5
    Thread.sleep(forTimeInterval: runSeconds * Double.random(in: 0.2...0.7))
    kill(child.processIdentifier, SIGKILL)
    child.waitUntilExit()
    XCTAssertEqual(child.terminationReason, .uncaughtSignal)

    let history = try RunHistory(path: path)
    XCTAssertEqual(try history.integrityCheck(), ["ok"])
    XCTAssertEqual(try history.inconsistencies(), [])
    let runs = try history.list()
    XCTAssertGreaterThanOrEqual(runs.count, 1)
    XCTAssertTrue(runs.allSatisfy { $0.applicationCount == 100_000 })
    // The file still takes new runs after the crash.
    try history.record(.fixture(id: "after-crash"))
    XCTAssertEqual(try history.list().count, runs.count + 1)
  }

  /// The body of a child writer; it does nothing when run as an ordinary test.
  func testChildWriterRecordsRuns() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let path = environment[Child.path], let prefix = environment[Child.prefix],
      let runs = environment[Child.runs].flatMap(Int.init),
      let applications = environment[Child.applications].flatMap(Int.init)
    else { throw XCTSkip("runs only as a child process of the other concurrency tests") }
    let history = try RunHistory(path: path)
    // Built once, outside the loop, so a writer spends its time inside `record`'s transaction.
    var run = RunRecord.fixture(id: prefix, applications: applications)
    for index in 0..<runs {
      run.id = "\(prefix)-\(index)"
      let start = Date()
      try history.record(run)
      if index == 0, let ready = environment[Child.readyFile] {
        let seconds = String(Date().timeIntervalSince(start))
        FileManager.default.createFile(atPath: ready, contents: Data(seconds.utf8))
      }
    }
  }

  private func childLog(_ path: String, _ prefix: String) -> String {
    (try? String(contentsOfFile: path + ".\(prefix).log", encoding: .utf8)) ?? "no log"
  }

  private enum Child {
    static let path = "CONTAINERFIT_HISTORY_CHILD_PATH"
    static let prefix = "CONTAINERFIT_HISTORY_CHILD_PREFIX"
    static let runs = "CONTAINERFIT_HISTORY_CHILD_RUNS"
    static let applications = "CONTAINERFIT_HISTORY_CHILD_APPLICATIONS"
    static let readyFile = "CONTAINERFIT_HISTORY_CHILD_READY"
  }

  private func startChild(
    path: String, prefix: String, runs: Int, applications: Int, readyFile: String? = nil
  ) throws -> Process {
    #if os(Linux)
      // The test bundle is an executable on Linux; elsewhere it is loaded by a runner and cannot be re-run.
      let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    #else
      throw XCTSkip("child writers need the test bundle to be an executable (Linux)")
    #endif
    let process = Process()
    process.executableURL = executable
    process.arguments = ["HistoryTests.RunHistoryConcurrencyTests/testChildWriterRecordsRuns"]
    var environment = ProcessInfo.processInfo.environment
    environment[Child.path] = path
    environment[Child.prefix] = prefix
    environment[Child.runs] = String(runs)
    environment[Child.applications] = String(applications)
    environment[Child.readyFile] = readyFile
    process.environment = environment
    // The child's XCTest output goes to a log beside the database, quoted when the child fails.
    let log = path + ".\(prefix).log"
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: log, contents: Data())
    let logHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
    process.standardOutput = logHandle
    process.standardError = logHandle
    try process.run()
    addTeardownBlock { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    return process
  }
}

/// Errors collected from concurrent writers.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []

  func append(_ item: String) { lock.withLock { items.append(item) } }
  var all: [String] { lock.withLock { items } }
}
