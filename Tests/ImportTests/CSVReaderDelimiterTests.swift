import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class CSVReaderDelimiterTests: XCTestCase {
  func testSemicolonFileSetsDecimalCommaFlag() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertTrue(record.decimalComma)
    XCTAssertEqual(record.text(of: .name), "Payroll, Portal")
    XCTAssertEqual(record.text(of: .cpuCores), "1,5")
    XCTAssertEqual(record.text(of: .appMemoryGB), "4,25")
  }

  func testCommaFileDoesNotSetDecimalCommaFlag() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertFalse(record.decimalComma)
    XCTAssertEqual(record.text(of: .name), "Payroll;Portal")
    XCTAssertEqual(record.text(of: .cpuCores), "1.5")
  }

  func testTabDelimiterIsDetected() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertFalse(record.decimalComma)
    XCTAssertEqual(record.text(of: .name), "Payroll, Portal")
    XCTAssertEqual(record.text(of: .dependencies), "msdtc;gac")
    XCTAssertEqual(record.place(of: .serverId), "2:23")
  }

  func testSingleColumnHeaderDefaultsToComma() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.map { $0.text(of: .serverId) }, ["srv-1", "srv-2"])
  }

  func testDelimitersInsideQuotedHeaderNamesAreNotCounted() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(record.text(of: .hostname), "WEB01")
    XCTAssertEqual(record.attribute("notes; free; text; here"), "a; b")
  }

  func testSepLineSetsDelimiterAndIsSkipped() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(result.records.count, 1)
    XCTAssertTrue(record.decimalComma)
    XCTAssertEqual(record.location.line, 3)
    XCTAssertEqual(record.text(of: .cores), "8")
    XCTAssertEqual(record.attribute("hostname,alias"), "WEB01,W1")
  }

  func testTypeLineIsSkipped() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(result.records.count, 1)
    XCTAssertEqual(record.kind, .server)
    XCTAssertEqual(record.location.line, 3)
    XCTAssertEqual(record.text(of: .serverId), "srv-1")
    XCTAssertEqual(record.text(of: .cores), "8")
    XCTAssertEqual(record.place(of: .hostname), "3:9")
  }
}
