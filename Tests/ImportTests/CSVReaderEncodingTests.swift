import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class CSVReaderEncodingTests: XCTestCase {
  func testUTF8ByteOrderMarkIsSkipped() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(record.kind, .server)
    XCTAssertEqual(record.text(of: .serverId), "srv-1")
    XCTAssertEqual(record.text(of: .hostname), "Zürich-01")
    XCTAssertEqual(result.diagnostics, [])
  }

  func testUTF16LEWithTypeLineIsRead() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(result.records.count, 1)
    XCTAssertEqual(record.kind, .application)
    XCTAssertEqual(record.location.line, 3)
    XCTAssertEqual(record.text(of: .name), "Gestión €")
    XCTAssertEqual(record.place(of: .serverId), "3:21")
    XCTAssertEqual(result.diagnostics, [])
  }

  func testUTF16BEWithByteOrderMarkIsRead() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(record.text(of: .hostname), "HOST-😀")
    XCTAssertEqual(record.text(of: .site), "東京")
    XCTAssertEqual(record.place(of: .site), "2:14")
    XCTAssertEqual(result.diagnostics, [])
  }

  func testUTF16WithOddTrailingByteEndsWithReplacementCharacter() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.first?.text(of: .hostname), "WEB01\u{FFFD}")
  }

  func testWindows1252FallbackWarnsOnceAndDecodesEuro() throws {
    let name = #function.csvFixtureName
    let result = try readCSVFixture(name)
    XCTAssertEqual(result.records.count, 4)
    XCTAssertEqual(result.records[0].text(of: .name), "Plain")
    XCTAssertEqual(result.records[1].text(of: .name), "Café € “ œ")
    XCTAssertEqual(result.records[1].attribute("price"), "€ 5")
    XCTAssertEqual(result.records[2].text(of: .name), "Naïve")
    XCTAssertEqual(result.records[3].text(of: .name), "Valid ü")
    XCTAssertEqual(
      result.diagnostics,
      [
        Diagnostic(
          .warning, at: SourceLocation(file: "\(name).csv", line: 3, column: 7), field: "name",
          "not valid UTF-8; decoded as Windows-1252")
      ])
  }

  func testEveryChunkSizeGivesTheSameRecords() throws {
    try assertChunkSizeDoesNotMatter(#function.csvFixtureName, records: 4)
  }

  func testEveryChunkSizeGivesTheSameRecordsInUTF16() throws {
    try assertChunkSizeDoesNotMatter(#function.csvFixtureName, records: 2)
  }

  func testEveryChunkSizeGivesTheSameRecordsInWindows1252() throws {
    try assertChunkSizeDoesNotMatter(#function.csvFixtureName, records: 2)
  }

  /// Reads the fixture with chunks of 1 to 64 bytes, so that quotes, CRLFs, UTF-8 sequences and
  /// UTF-16 surrogate pairs fall on every chunk boundary, and compares with a read in one chunk.
  private func assertChunkSizeDoesNotMatter(_ name: String, records: Int) throws {
    let whole = try readCSVFixture(name)
    XCTAssertEqual(whole.records.count, records)
    for chunkSize in 1...64 {
      let chunked = try readCSVFixture(name, chunkSize: chunkSize)
      XCTAssertEqual(chunked.transcript, whole.transcript, "chunk size \(chunkSize)")
    }
  }
}
