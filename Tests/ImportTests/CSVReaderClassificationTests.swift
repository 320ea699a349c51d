import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class CSVReaderClassificationTests: XCTestCase {
  func testHeaderWithAppIdMakesApplicationRecords() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(record.kind, .application)
    XCTAssertEqual(record.fields.map(\.field), [.appId, .name, .serverId, .kind])
    XCTAssertEqual(record.text(of: .kind), "iis-site")
  }

  func testFlatApplicationRowCarriesServerFields() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(record.kind, .application)
    XCTAssertEqual(record.text(of: .hostname), "WEB01")
    XCTAssertEqual(record.text(of: .osName), "Windows Server 2019 Standard")
    XCTAssertEqual(record.text(of: .cores), "8")
    XCTAssertEqual(record.text(of: .serverMemoryGB), "32")
    XCTAssertEqual(record.text(of: .appMemoryGB), "4")
    XCTAssertEqual(result.diagnostics.map(\.field), ["server.cores"])
  }

  func testHeaderWithServerIdMakesServerRecords() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(record.kind, .server)
    XCTAssertEqual(record.text(of: .serverMemoryGB), "32")
    XCTAssertNil(record.value(of: .appMemoryGB))
  }

  func testHeaderWithOnlyHostnameMakesServerRecords() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(record.kind, .server)
    XCTAssertEqual(record.text(of: .hostname), "WEB01")
    XCTAssertEqual(record.text(of: .osName), "Windows Server 2016")
  }

  func testUnknownHeadersBecomeAttributes() throws {
    let result = try readCSVFixture(#function.csvFixtureName)
    XCTAssertEqual(result.records.count, 2)
    let first = result.records[0]
    XCTAssertEqual(first.attributes.map(\.name), ["Owner Team", "cost-centre", "column 4"])
    XCTAssertEqual(first.attributes.map(\.value), ["Finance", "CC-42", "loose"])
    XCTAssertEqual(result.records[1].attributes.map(\.name), ["cost-centre"])
    XCTAssertEqual(result.diagnostics, [])
  }

  func testDuplicateHeaderKeepsFirstColumnAndWarns() throws {
    let name = #function.csvFixtureName
    let result = try readCSVFixture(name)
    let record = try XCTUnwrap(result.records.first)
    XCTAssertEqual(record.text(of: .hostname), "WEB01")
    XCTAssertEqual(record.fields.count, 2)
    XCTAssertEqual(record.attributes.map(\.name), ["Owner"])
    XCTAssertEqual(result.warnings.map(\.location.column), [20, 36])
    XCTAssertEqual(result.warnings.map(\.field), ["hostname", "owner"])
    XCTAssertEqual(
      result.warnings.first?.description,
      "\(name).csv:1:20: warning: column 3 ('Host Name') repeats column 2 ('hostname'); its values are ignored.")
  }

  func testHeaderWithoutIdentifierIsNotAnInventory() throws {
    let name = #function.csvFixtureName
    XCTAssertThrowsError(try readCSVFixture(name)) { error in
      guard case .notAnInventory(let path, let reason) = error as? ImportError else {
        return XCTFail("unexpected error \(error)")
      }
      XCTAssertEqual(path, "\(name).csv")
      XCTAssertTrue(reason.contains("app_id"), reason)
      XCTAssertTrue(reason.contains("server_id or hostname"), reason)
    }
  }

  func testEmptyFileIsNotAnInventory() throws {
    XCTAssertThrowsError(try readCSVFixture(#function.csvFixtureName)) { error in
      XCTAssertEqual(
        error as? ImportError,
        .notAnInventory(path: "\(#function.csvFixtureName).csv", reason: "it has no header line."))
    }
  }

  func testMissingFileIsNotFound() throws {
    let input = InputFile(path: "nowhere.csv", url: "/nonexistent/nowhere.csv")
    XCTAssertThrowsError(try CSVReader().read(input, emit: { _ in }, diagnose: { _ in })) { error in
      XCTAssertEqual(error as? ImportError, .notFound(path: "nowhere.csv"))
    }
  }

  func testReaderIsNamedCSV() {
    XCTAssertEqual(CSVReader.formatName, "csv")
  }
}
