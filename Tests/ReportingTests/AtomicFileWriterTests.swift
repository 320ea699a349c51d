import ContainerFitReporting
import XCTest

final class AtomicFileWriterTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = try makeScratchFolder()
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func contents(_ name: String) -> String? {
    (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))).map { String(decoding: $0, as: UTF8.self) }
  }

  private func listing() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  private struct Interrupted: Error {}

  func testWriteCreatesFileAndLeavesNoTemporaryFiles() throws {
    try AtomicFileWriter.write(Data("new".utf8), to: folder + "/report.html")
    XCTAssertEqual(contents("report.html"), "new")
    XCTAssertEqual(listing(), ["report.html"])
  }

  func testWriteReplacesAnExistingFile() throws {
    try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/report.html"))
    try AtomicFileWriter.write(Data("new".utf8), to: folder + "/report.html")
    XCTAssertEqual(contents("report.html"), "new")
    XCTAssertEqual(listing(), ["report.html"])
  }

  func testFailedProducerLeavesTheOldFileAndNoTemporaryFiles() throws {
    try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/applications.csv"))
    XCTAssertThrowsError(
      try AtomicFileWriter.write(to: folder + "/applications.csv") { temporary in
        try Data("half a fi".utf8).write(to: URL(fileURLWithPath: temporary))
        throw Interrupted()
      })
    XCTAssertEqual(contents("applications.csv"), "old")
    XCTAssertEqual(listing(), ["applications.csv"])
  }

  func testWriteIntoMissingFolderFailsWithoutCreatingAnything() {
    XCTAssertThrowsError(try AtomicFileWriter.write(Data("x".utf8), to: folder + "/missing/report.html"))
    XCTAssertEqual(listing(), [])
  }

  func testFileSetReplacesEveryFileOnCommit() throws {
    let output = try OutputFolder(path: folder)
    try output.write(Data("old html".utf8), named: "report.html")
    try output.write(Data("old md".utf8), named: "report.md")
    let files = AtomicFileSet(folder: output)
    try files.add(Data("new html".utf8), named: "report.html")
    try files.add(Data("new md".utf8), named: "report.md")
    try files.add(named: "applications.csv") { temporary in
      try CSVTableWriter().write(header: ["A"], rows: TableRows([[TableCell.integer(1)]]), to: temporary)
    }
    XCTAssertEqual(contents("report.html"), "old html", "nothing visible changes before commit")
    XCTAssertEqual(files.stagedNames, ["report.html", "report.md", "applications.csv"])
    let paths = try files.commit()
    XCTAssertEqual(paths.count, 3)
    XCTAssertEqual(contents("report.html"), "new html")
    XCTAssertEqual(contents("report.md"), "new md")
    XCTAssertEqual(listing(), ["applications.csv", "report.html", "report.md"])
  }

  func testFileSetWithAFailedFileLeavesAllOldFiles() throws {
    let output = try OutputFolder(path: folder)
    try output.write(Data("old html".utf8), named: "report.html")
    try output.write(Data("old md".utf8), named: "report.md")
    let files = AtomicFileSet(folder: output)
    try files.add(Data("new html".utf8), named: "report.html")
    XCTAssertThrowsError(try files.add(named: "report.md") { _ in throw Interrupted() })
    files.abandon()
    XCTAssertEqual(contents("report.html"), "old html")
    XCTAssertEqual(contents("report.md"), "old md")
    XCTAssertEqual(listing(), ["report.html", "report.md"])
  }

  func testDroppedFileSetRemovesItsTemporaryFiles() throws {
    let output = try OutputFolder(path: folder)
    do {
      let files = AtomicFileSet(folder: output)
      try files.add(Data("new".utf8), named: "report.html")
    }
    XCTAssertEqual(listing(), [])
  }

  func testOutputFolderRefusesNamesLeavingTheFolder() throws {
    let output = try OutputFolder(path: folder)
    for name in ["../x", "/etc/x", "..", ".", "", "a/b", #"..\x"#] {
      XCTAssertThrowsError(try output.filePath(for: name), name) { error in
        XCTAssertEqual(error as? ReportOutputError, .unsafeFileName(name))
      }
    }
    XCTAssertThrowsError(try output.write(Data("x".utf8), named: "../escaped.html"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/../escaped.html"))
    XCTAssertEqual(try output.filePath(for: "report.html"), folder + "/report.html")
  }

  func testOutputFolderIsCreatedWhenMissing() throws {
    let output = try OutputFolder(path: folder + "/nested/out")
    try output.write(Data("x".utf8), named: "report.md")
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/nested/out/report.md"))
  }
}
