import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class CSVReaderQuotingTests: XCTestCase {
  func testQuotedFieldsKeepDelimitersAndEscapedQuotes() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.count, 2)
    XCTAssertEqual(result.records[0].text(of: .appId), "app-1")
    XCTAssertEqual(result.records[0].text(of: .name), #"Payroll, "Main" Portal"#)
    XCTAssertEqual(result.records[0].text(of: .serverId), "srv-1")
    XCTAssertEqual(result.records[1].text(of: .name), #""Quoted" start"#)
    XCTAssertEqual(result.diagnostics, [])
  }

  func testNewlineInsideQuotesIsPartOfTheValue() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.map { $0.text(of: .name) }, ["Payroll\nPortal", "Two\r\nlines"])
    XCTAssertEqual(result.records.map(\.location.line), [2, 4])
    XCTAssertEqual(result.records[1].place(of: .serverId), "5:8")
  }

  func testFieldsAfterMultiLineQuotedFieldHaveExactLineAndColumn() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.count, 2)
    let first = result.records[0]
    XCTAssertEqual(first.location, SourceLocation(file: "\(#function.csvFixtureName).csv", line: 2, column: 1))
    XCTAssertEqual(first.place(of: .appId), "2:1")
    XCTAssertEqual(first.place(of: .name), "2:7")
    XCTAssertEqual(first.place(of: .runtime), "4:8")
    XCTAssertEqual(first.place(of: .serverId), "4:15")
    XCTAssertEqual(first.text(of: .runtime), "native")
    XCTAssertEqual(result.records[1].location.line, 5)
    XCTAssertEqual(result.records[1].place(of: .serverId), "5:21")
  }

  func testCarriageReturnOnlyLineEndingsSeparateRecords() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.map { $0.text(of: .hostname) }, ["WEB01", "WEB02"])
    XCTAssertEqual(result.records.map(\.location.line), [2, 3])
  }

  func testMixedLineEndingsAreCountedAsPhysicalLines() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.map { $0.text(of: .serverId) }, ["srv-1", "srv-2", "srv-3", "srv-4"])
    XCTAssertEqual(result.records.map(\.location.line), [2, 3, 4, 6])
    XCTAssertEqual(result.records[3].text(of: .hostname), "WEB04")
  }

  func testBlankLinesAreSkippedButCounted() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.map { $0.text(of: .serverId) }, ["srv-1", "srv-2"])
    XCTAssertEqual(result.records.map(\.location.line), [5, 9])
    XCTAssertEqual(result.diagnostics, [])
  }

  func testUnterminatedQuoteAtEndOfFileIsRejectedAtTheOpeningQuote() throws {
    let name = #function.csvFixtureName
    let result = try readCSVFixture(name)
    XCTAssertEqual(result.records.map { $0.text(of: .appId) }, ["app-1"])
    XCTAssertEqual(
      result.diagnostics,
      [
        Diagnostic(
          .rejection, at: SourceLocation(file: "\(name).csv", line: 3, column: 13), field: "server_id",
          "unterminated quoted field")
      ])
  }

  func testStrayQuotesAreKeptLiterally() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.map { $0.text(of: .hostname) }, [#"WE"B01"#, "WEB02"])
    XCTAssertEqual(result.records.map { $0.text(of: .site) }, ["Main hall", #"a"b c"#])
    XCTAssertEqual(result.records[1].place(of: .hostname), "3:9")
    XCTAssertEqual(result.diagnostics, [])
  }

  func testUnterminatedQuoteInHeaderIsMalformed() throws {
    let name = #function.csvFixtureName
    XCTAssertThrowsError(try readCSVFixture(name)) { error in
      XCTAssertEqual(
        error as? ImportError,
        .malformed(
          location: SourceLocation(file: "\(name).csv", line: 1, column: 11),
          reason: "unterminated quoted field in the header line."))
    }
  }

  func testValuesAreTrimmedAndEmptyCellsAreGaps() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let first = result.records[0]
    XCTAssertEqual(first.text(of: .appId), "app-1")
    XCTAssertEqual(first.place(of: .appId), "2:3")
    XCTAssertEqual(first.text(of: .name), "Payroll Portal")
    XCTAssertNil(first.value(of: .runtime))
    XCTAssertNil(first.value(of: .kind))
    XCTAssertEqual(first.fields.map(\.field), [.appId, .name, .serverId])
    let second = result.records[1]
    XCTAssertEqual(second.text(of: .name), "Batch")
    XCTAssertEqual(second.place(of: .name), "3:9")
    XCTAssertNil(second.value(of: .runtime))
    XCTAssertEqual(second.text(of: .kind), "console")
  }

  func testRowWithMoreCellsThanHeaderWarnsAndIgnoresThem() throws {
    let name = #function.csvFixtureName
    let result = try readCSVFixture(name)
    XCTAssertEqual(result.records.map { $0.fields.count }, [2, 2, 1])
    XCTAssertEqual(result.records.map(\.attributes.count), [0, 0, 0])
    XCTAssertEqual(result.warnings.count, 1)
    XCTAssertEqual(result.warnings.first?.location, SourceLocation(file: "\(name).csv", line: 2, column: 13))
    XCTAssertEqual(
      result.warnings.first?.message, "line 2 has 4 cells but the header has 2 columns; the extra cells are ignored.")
  }

  func testFieldColumnsCountCharactersNotBytes() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.first?.text(of: .name), "Gestión Nóminas €")
    XCTAssertEqual(result.records.first?.place(of: .serverId), "2:25")
  }

  func testRecordsAreStreamedOneByOneInFileOrder() throws {
    struct Stop: Error {}
    let input = try csvFixtureInput(#function.csvFixtureName)
    var seen: [String] = []
    XCTAssertThrowsError(
      try CSVReader(chunkSize: 4).read(
        input,
        emit: { record in
          seen.append(record.text(of: .serverId) ?? "?")
          if seen.count == 2 { throw Stop() }
        }, diagnose: { _ in })
    ) { XCTAssertTrue($0 is Stop) }
    XCTAssertEqual(seen, ["srv-1", "srv-2"])
  }
}

extension String {
  /// `testSomething()` → `testSomething`: the fixture a test reads is named after it.
  var csvFixtureName: String { replacingOccurrences(of: "()", with: "") }
}
