import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitImport

/// Inputs a client might hand over by accident (or on purpose): each gives a clear one-line error or
/// a rejected record with its place, never a crash, a hang or a silently dropped row.
final class HostileInputTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  @discardableResult
  private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @discardableResult
  private func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  private func load(_ paths: [String]) throws -> Estate { try InventoryLoader().load(paths) }

  private func assertFatal(_ paths: [String], contains text: String, file: StaticString = #filePath, line: UInt = #line)
  {
    XCTAssertThrowsError(try load(paths), file: file, line: line) { error in
      let message = "\(error)"
      XCTAssertTrue(message.contains(text), message, file: file, line: line)
      XCTAssertFalse(message.contains("\n"), "one line: \(message)", file: file, line: line)
    }
  }

  func testEmptyFileIsAFatalErrorNamingIt() throws {
    let path = try write("empty.csv", "")
    assertFatal([path], contains: "empty.csv")
  }

  func testTruncatedCSVKeepsTheRowsItHas() throws {
    let path = try write("cut.csv", "app_id,name,server_id,kind\na1,One,s1,console\na2,Tw")
    let estate = try load([path])
    XCTAssertEqual(estate.applications.map(\.id), ["a1"])
    XCTAssertEqual(estate.rejections.count, 1, "the cut row has no server_id: rejected with its place")
    XCTAssertEqual(estate.rejections.first?.location.line, 3)
  }

  func testTruncatedJSONAndXMLAreOneLineErrorsWithAPlace() throws {
    let json = try write("cut.json", #"{"servers": [{"server_id": "s1", "applications": [{"app_id": "a"#)
    assertFatal([json], contains: "cut.json:1:")
    let xml = try write("cut.xml", "<inventory>\n  <server id=\"s1\">\n    <application id=\"a1\" name=")
    assertFatal([xml], contains: "cut.xml:")
  }

  func testNULByteInAFieldDoesNotLoseTheRow() throws {
    var bytes = Array("app_id,name,server_id\na1,Na".utf8)
    bytes.append(0)
    bytes += Array("me,s1\na2,Two,s1\n".utf8)
    let estate = try load([try write("nul.csv", bytes)])
    XCTAssertEqual(estate.applications.map(\.id), ["a1", "a2"])
  }

  func testATenMegabyteFieldIsRead() throws {
    let big = String(repeating: "x", count: 10 << 20)
    let estate = try load([try write("big.csv", "app_id,name,server_id\na1,\"\(big)\",s1\na2,Two,s1\n")])
    XCTAssertEqual(estate.applications.count, 2)
    XCTAssertEqual(estate.applications[0].name.utf8.count, 10 << 20)
  }

  func testAMillionColumnsAreReadWithoutBlowingUp() throws {
    var header = "app_id,name,server_id"
    var row = "a1,One,s1"
    header.reserveCapacity(10 << 20)
    for index in 0..<1_000_000 {
      header += ",c\(index)"
      row += ",v"
    }
    let estate = try load([try write("wide.csv", header + "\n" + row + "\n")])
    XCTAssertEqual(estate.applications.count, 1)
    XCTAssertEqual(estate.applications[0].attributes.count, 1_000_000)
  }

  func testJSONNested100000DeepFailsFast() throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let path = try write("deep.json", deep)
    let start = Date()
    assertFatal([path], contains: "nesting deeper than")
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
  }

  func testOutOfRangeNumbersAreWarningsAndTheAppIsKept() throws {
    let path = try write(
      "numbers.json",
      #"[{"app_id": "a1", "name": "A", "server_id": "s1", "server_cores": -4, "cpu_cores": 1e400, "memory_gb": "NaN"}]"#
    )
    let estate = try load([path])
    XCTAssertEqual(estate.applications.count, 1)
    XCTAssertNil(estate.applications[0].cpuCores)
    XCTAssertNil(estate.applications[0].memoryGB)
    XCTAssertNil(estate.servers.first { $0.id == "s1" }?.cores)
    XCTAssertEqual(Set(estate.warnings.compactMap(\.field)), ["cpu_cores", "memory_gb", "cores"])
  }

  func testDuplicateJSONKeysKeepTheFirstWithAWarning() throws {
    let path = try write("dup.json", #"[{"app_id": "a1", "name": "First", "name": "Second", "server_id": "s1"}]"#)
    let estate = try load([path])
    XCTAssertEqual(estate.applications.first?.name, "First")
    XCTAssertEqual(estate.warnings.count, 1)
  }

  func testAPipeNamedLikeAnInventoryIsRefusedNotWaitedOn() throws {
    let fifo = folder.appendingPathComponent("stuck.csv").path
    XCTAssertEqual(mkfifo(fifo, 0o644), 0)
    assertFatal([folder.path], contains: "not a regular file")
    assertFatal([fifo], contains: "stuck.csv")
  }

  func testASymbolicLinkLoopInAFolderIsAnErrorNotAHang() throws {
    try write("ok.csv", "app_id,name,server_id\na1,One,s1\n")
    let sub = folder.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    // A folder linking back to its parent is visited once.
    try FileManager.default.createSymbolicLink(
      atPath: sub.appendingPathComponent("back").path, withDestinationPath: folder.path)
    XCTAssertEqual(try load([folder.path]).applications.count, 1)
    // A link to itself can be neither read nor skipped silently.
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("self.csv").path,
      withDestinationPath: folder.appendingPathComponent("self.csv").path)
    assertFatal([folder.path], contains: "self.csv")
  }

  func testAnUnreadableFileInAFolderIsAFatalErrorNamingIt() throws {
    // Permissions do not stop root; a file whose mode denies reading is refused when not running as root.
    let path = try write("secret.csv", "app_id,name,server_id\na1,One,s1\n")
    chmod(path, 0)
    if getuid() == 0 {
      XCTAssertEqual(try load([folder.path]).applications.count, 1, "root reads it: nothing is lost either way")
    } else {
      assertFatal([folder.path], contains: "secret.csv")
    }
  }

  func testInvalidUTF8IsReadAsWindows1252WithOneWarning() throws {
    var bytes = Array("app_id,name,server_id\na1,Caf".utf8)
    bytes.append(0xE9)
    bytes += Array(" \u{80}uro,s1\n".utf8).filter { $0 < 0x80 }
    bytes.insert(0x80, at: bytes.count - 7)
    let estate = try load([try write("cp1252.csv", bytes)])
    XCTAssertEqual(estate.applications.first?.name, "Café €uro")
    XCTAssertEqual(estate.warnings.filter { $0.message.contains("Windows-1252") }.count, 1)
  }
}
