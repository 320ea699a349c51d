import ContainerFitReporting
import XCTest

final class CSVTableWriterTests: XCTestCase {
  let header = ["Name", "Score", "Cores", "Note"]
  let rows: [[TableCell]] = [
    [.text("Payroll, EU"), .integer(85), .number(2.5), .text("=1+1")],
    [.text("Billing"), .integer(-2), .number(-0.75), .empty],
    [.text("Ünïcode \"app\""), .integer(0), .number(.nan), .text("multi\nline")],
  ]

  func testCSVStartsWithBOMAndUsesCRLF() {
    let data = CSVTableWriter().data(header: header, rows: rows)
    XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    XCTAssertEqual(
      text,
      "Name,Score,Cores,Note\r\n\"Payroll, EU\",85,2.5,'=1+1\r\nBilling,-2,-0.75,\r\n"
        + "\"Ünïcode \"\"app\"\"\",0,,\"multi\nline\"\r\n")
  }

  func testStreamedFileEqualsInMemoryBytes() throws {
    let folder = try makeScratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/applications.csv"
    try CSVTableWriter().write(header: header, rows: TableRows(rows), to: path)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), CSVTableWriter().data(header: header, rows: rows))
  }

  func testEmptyTableIsHeaderOnly() {
    let data = CSVTableWriter().data(header: ["A"], rows: [[TableCell]]())
    XCTAssertEqual(data, Data([0xEF, 0xBB, 0xBF] + Array("A\r\n".utf8)))
  }
}
