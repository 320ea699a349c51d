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

  private static func file(_ name: String, _ text: String) -> AtomicFileSet.ConcurrentFile {
    AtomicFileSet.ConcurrentFile(name: name) { path in
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
  }

  /// Files written side by side are staged and committed in the order given, whichever ends first.
  func testConcurrentFilesAreCommittedInTheOrderGiven() throws {
    let files = AtomicFileSet(folder: try OutputFolder(path: folder))
    try files.add(concurrently: [
      Self.file("report.html", "h"), Self.file("assessment.json", "j"), Self.file("report.md", "m"),
    ])
    XCTAssertEqual(files.stagedNames, ["report.html", "assessment.json", "report.md"])
    let written = try files.commit()
    XCTAssertEqual(
      written.map { URL(fileURLWithPath: $0).lastPathComponent }, ["report.html", "assessment.json", "report.md"])
    XCTAssertEqual(contents("assessment.json"), "j")
    XCTAssertEqual(listing(), ["assessment.json", "report.html", "report.md"])
  }

  /// One failing writer stages nothing: the others' temporary files go and the old files stay.
  func testAConcurrentFailureStagesNothingAndKeepsTheOldFiles() throws {
    try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/applications.csv"))
    let files = AtomicFileSet(folder: try OutputFolder(path: folder))
    let failing = AtomicFileSet.ConcurrentFile(name: "applications.xlsx") { _ in throw Interrupted() }
    XCTAssertThrowsError(
      try files.add(concurrently: [Self.file("applications.csv", "new"), failing, Self.file("report.md", "m")])
    ) { error in
      XCTAssertTrue(error is Interrupted)
    }
    XCTAssertEqual(files.stagedNames, [])
    XCTAssertEqual(listing(), ["applications.csv"])
    XCTAssertEqual(contents("applications.csv"), "old")
  }
}
