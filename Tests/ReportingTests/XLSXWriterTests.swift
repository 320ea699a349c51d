import ContainerFitReporting
import Foundation
import XCTest
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

final class XLSXWriterTests: XCTestCase {
  let header = ["Name", "Score", "Cores", "Note", "Blank"]
  let rows: [[TableCell]] = [
    [.text("Payroll <EU> & \"HQ\""), .integer(85), .number(2.5), .text("=1+1"), .empty],
    [.text("  padded  "), .integer(-2), .number(-0.75), .empty, .text("after gap")],
    [.text("ctl\u{1}\u{0}chars\r\nline"), .number(.nan), .number(1e6), .text("ünïcødé 😀"), .empty],
  ]
  static let parts = [
    "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
    "xl/worksheets/sheet1.xml",
  ]

  private func entries(of data: Data) throws -> [String: String] {
    let archive = try Archive(data: data, accessMode: .read)
    var result: [String: String] = [:]
    for entry in archive {
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      result[entry.path] = String(decoding: bytes, as: UTF8.self)
    }
    return result
  }

  func testWorkbookHasEveryPartAndEachParses() throws {
    let data = try XLSXWriter(sheetName: "Applications").data(header: header, rows: rows)
    let parts = try entries(of: data)
    XCTAssertEqual(Set(parts.keys), Set(Self.parts))
    for (name, xml) in parts {
      XCTAssertNil(xmlParseError(xml), name)
    }
    XCTAssertTrue(parts["xl/workbook.xml"]?.contains(#"<sheet name="Applications" sheetId="1" r:id="rId1"/>"#) ?? false)
  }

  func testSheetHasInlineStringsTypedNumbersFrozenHeaderAndFilter() throws {
    let data = try XLSXWriter(sheetName: "Applications").data(header: header, rows: rows)
    let sheet = try XCTUnwrap(entries(of: data)["xl/worksheets/sheet1.xml"])
    XCTAssertTrue(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
    XCTAssertTrue(sheet.contains(#"<autoFilter ref="A1:E4"/>"#))
    XCTAssertTrue(sheet.contains(#"<c t="inlineStr" s="1"><is><t>Name</t></is></c>"#))
    XCTAssertTrue(sheet.contains(#"<c t="inlineStr"><is><t>Payroll &lt;EU&gt; &amp; &quot;HQ&quot;</t></is></c>"#))
    XCTAssertTrue(sheet.contains(#"<c><v>85</v></c><c><v>2.5</v></c>"#))
    XCTAssertTrue(sheet.contains(#"<c t="inlineStr" r="E3"><is><t>after gap</t></is></c>"#))
    XCTAssertTrue(sheet.contains(#"<t xml:space="preserve">  padded  </t>"#))
    XCTAssertTrue(sheet.contains("<t>ctlchars&#13;\nline</t>"))
    XCTAssertTrue(sheet.contains("<cols>"))
    let cells = SheetCells(sheet)
    XCTAssertEqual(cells.valueCellsWithType, 0, "numeric cells carry no t attribute")
    XCTAssertEqual(cells.valueCells, 5)
    XCTAssertEqual(cells.inlineStringCells, 11)
  }

  func testSameRowsGiveSameBytes() throws {
    let writer = XLSXWriter(sheetName: "Applications")
    XCTAssertEqual(try writer.data(header: header, rows: rows), try writer.data(header: header, rows: rows))
  }

  func testSheetNameIsMadeValid() {
    XCTAssertEqual(XLSXWriter(sheetName: "Apps: [EU]/*?").sheetName, "Apps_ _EU____")
    XCTAssertEqual(XLSXWriter(sheetName: "").sheetName, "Sheet1")
    XCTAssertEqual(XLSXWriter(sheetName: String(repeating: "x", count: 40)).sheetName.count, 31)
  }

  func testEmptyTableIsAValidWorkbook() throws {
    let data = try XLSXWriter(sheetName: "Applications").data(header: header, rows: [[TableCell]]())
    let sheet = try XCTUnwrap(entries(of: data)["xl/worksheets/sheet1.xml"])
    XCTAssertNil(xmlParseError(sheet))
    XCTAssertTrue(sheet.contains(#"<autoFilter ref="A1:E1"/>"#))
  }

  func testASheetDeflatedInManyPiecesReadsBackWholeWithItsChecksum() throws {
    // 5,000 rows make three chunks deflated apart and joined: the archive reader checks the CRC-32.
    let many = TableRows(count: 5_000) { index in [.text("app-\(index)"), .integer(index), .number(Double(index) / 8)] }
    let folder = try makeScratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/many.xlsx"
    try XLSXWriter(sheetName: "Applications").write(header: ["id", "n", "x"], rows: many, to: path)
    let parts = try entries(of: try Data(contentsOf: URL(fileURLWithPath: path)))
    let sheet = try XCTUnwrap(parts["xl/worksheets/sheet1.xml"])
    XCTAssertNil(xmlParseError(sheet))
    XCTAssertEqual(sheet.components(separatedBy: "<row ").count - 1, 5_001)
    XCTAssertTrue(sheet.contains(#"<row r="5001"><c t="inlineStr"><is><t>app-4999</t></is></c><c><v>4999</v></c>"#))
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    XCTAssertEqual(archive.map(\.path), Self.parts)
    // The first local header: the zip epoch (1980-01-01 00:00) as MS-DOS time 0, date 0x0021.
    let head = Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(14))
    XCTAssertEqual(Array(head[0..<4]), [0x50, 0x4B, 0x03, 0x04])
    XCTAssertEqual(Array(head[10..<14]), [0x00, 0x00, 0x21, 0x00])
  }

  func testWriteReplacesAnExistingFileAndLeavesNoScratchFiles() throws {
    let folder = try makeScratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/applications.xlsx"
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    try AtomicFileWriter.write(to: path) { temporary in
      try XLSXWriter(sheetName: "Applications").write(header: header, rows: TableRows(rows), to: temporary)
    }
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["applications.xlsx"])
    XCTAssertEqual(
      try Data(contentsOf: URL(fileURLWithPath: path)),
      try XLSXWriter(sheetName: "Applications").data(header: header, rows: rows))
  }

  /// Loads the workbook with openpyxl when python3 has it; skipped otherwise, except where
  /// `REQUIRE_OPENPYXL=1` (set by `.ci/run`, which installs it) makes a missing openpyxl a failure.
  func testOpenpyxlReadsTheWorkbook() throws {
    let folder = try makeScratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/applications.xlsx"
    try XLSXWriter(sheetName: "Applications").write(header: header, rows: TableRows(rows), to: path)
    let script = """
      import sys
      try:
          import openpyxl
      except ImportError:
          sys.exit(77)
      wb = openpyxl.load_workbook(sys.argv[1])
      ws = wb["Applications"]
      assert ws.freeze_panes == "A2", ws.freeze_panes
      assert ws.auto_filter.ref == "A1:E4", ws.auto_filter.ref
      assert ws["A1"].value == "Name" and ws["A1"].font.b, ws["A1"].value
      assert ws["A2"].value == 'Payroll <EU> & "HQ"', ws["A2"].value
      assert ws["B2"].value == 85 and ws["C2"].value == 2.5 and ws["D2"].value == "=1+1"
      assert ws["D2"].data_type == "s", ws["D2"].data_type
      assert ws["B3"].value == -2 and ws["C3"].value == -0.75 and ws["D3"].value is None
      assert ws["E3"].value == "after gap", ws["E3"].value
      assert ws["A3"].value == "  padded  "
      assert ws["B4"].value is None and ws["C4"].value == 1000000
      assert ws.max_row == 4 and ws.max_column == 5
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path]
    let errors = Pipe()
    process.standardError = errors
    func notAvailable(_ reason: String) throws {
      guard ProcessInfo.processInfo.environment["REQUIRE_OPENPYXL"] == "1" else { throw XCTSkip(reason) }
      XCTFail("\(reason), and REQUIRE_OPENPYXL=1 asks for the check")
    }
    do { try process.run() } catch { return try notAvailable("python3 is not available") }
    process.waitUntilExit()
    if process.terminationStatus == 77 || process.terminationStatus == 127 {
      return try notAvailable("python3 with openpyxl is not available")
    }
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    XCTAssertEqual(process.terminationStatus, 0, message)
  }

  /// `REPORTING_BENCHMARK=1 swift test -c release --filter testMillionRows` prints the time.
  func testMillionRowsStreamWithBoundedMemory() throws {
    guard ProcessInfo.processInfo.environment["REPORTING_BENCHMARK"] == "1" else {
      throw XCTSkip("set REPORTING_BENCHMARK=1 to run")
    }
    let folder = try makeScratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let columns = (1...15).map { "Column \($0)" }
    let rows = TableRows(count: 1_000_000) { index -> [TableCell] in
      [
        .text("app-\(index)"), .text("server-\(index / 10)"), .integer(index % 101), .text("ready"),
        .number(Double(index % 7) / 4), .number(Double(index % 13) * 1.5), .integer(index % 3), .text("process"),
        .text("servercore"), .text("ltsc2022"), .number(0.875), .integer(index % 5), .text("iis-site"),
        .text("Remediate logging; externalise state"), .empty,
      ]
    }
    let start = Date()
    try XLSXWriter(sheetName: "Applications").write(header: columns, rows: rows, to: folder + "/big.xlsx")
    let xlsxSeconds = Date().timeIntervalSince(start)
    let csvStart = Date()
    try CSVTableWriter().write(header: columns, rows: rows, to: folder + "/big.csv")
    let csvSeconds = Date().timeIntervalSince(csvStart)
    let size = try FileManager.default.attributesOfItem(atPath: folder + "/big.xlsx")[.size] as? Int ?? 0
    print("1,000,000 rows × 15 columns: xlsx \(xlsxSeconds) s (\(size) bytes), csv \(csvSeconds) s")
  }
}

/// Counts the cells of a worksheet by kind.
private final class SheetCells: NSObject, XMLParserDelegate {
  var valueCells = 0
  var valueCellsWithType = 0
  var inlineStringCells = 0
  private var currentType: String?

  init(_ xml: String) {
    super.init()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = self
    _ = parser.parse()
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch name {
    case "c":
      currentType = attributes["t"]
      if currentType == "inlineStr" { inlineStringCells += 1 }
    case "v":
      valueCells += 1
      if currentType != nil { valueCellsWithType += 1 }
    default: break
    }
  }
}
