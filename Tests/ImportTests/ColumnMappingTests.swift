import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class ColumnMappingTests: XCTestCase {
  private let yaml = """
    kind: applications
    columns:
      "Application Name": name
      "Host": server_id
      "Id": app_id
      "RAM (MB)": { field: memory_gb, factor: 0.0009765625 }
      "Needs Desktop": { field: gui, values: { "Y": required, "N": none } }
    """

  func testMappingFileMapsColumnsValuesAndFactors() throws {
    let mapping = try ColumnMapping(yaml: yaml, path: "m.yaml")
    let result = try readFixture(
      "testMappingFileMapsColumnsValuesAndFactors.csv", with: MappedCSVAdapter(mapping: mapping))
    let app = try XCTUnwrap(result.records.first)
    XCTAssertEqual(app.value(.appId), "a1")
    XCTAssertEqual(app.value(.serverId), "SRV1")
    XCTAssertEqual(app.value(.appMemoryGB), "2")
    XCTAssertEqual(app.value(.gui), "required")
    let prefix = [UInt8](
      try Data(contentsOf: URL(fileURLWithPath: fixturePath("testMappingFileMapsColumnsValuesAndFactors.csv"))))
    XCTAssertEqual(InputFormat.detect(prefix: prefix, fileExtension: "csv", mapping: mapping), .mappedCSV)
  }

  func testUnknownFieldIsAnErrorNamingTheColumn() {
    XCTAssertThrowsError(try ColumnMapping(yaml: "columns:\n  \"RAM\": memory_size\n", path: "m.yaml")) {
      XCTAssertEqual(
        ($0 as? ColumnMappingError)?.errorDescription,
        "m.yaml: columns.\"RAM\": 'memory_size' is not a canonical field (see inventory-schema.md).")
    }
  }

  func testBadFactorIsAnErrorNamingTheColumn() {
    XCTAssertThrowsError(
      try ColumnMapping(yaml: "columns:\n  \"RAM\": { field: memory_gb, factor: -2 }\n", path: "m.yaml")
    ) {
      XCTAssertEqual($0 as? ColumnMappingError, .badFactor(path: "m.yaml", column: "RAM", value: "-2"))
    }
  }

  func testUnknownKeyIsAnError() {
    XCTAssertThrowsError(try ColumnMapping(yaml: "kind: servers\ncolumn: {}\n", path: "m.yaml")) {
      XCTAssertEqual($0 as? ColumnMappingError, .unknownKey(path: "m.yaml", key: "column"))
    }
  }

  func testSuggesterGuessesFieldsAndUnits() {
    let text = MappingSuggester.suggest(header: ["Computer Name", "RAM (MB)", "Operating System", "Colour"])
    XCTAssertTrue(text.contains("kind: servers"))
    XCTAssertTrue(text.contains("\"Computer Name\": hostname"))
    XCTAssertTrue(text.contains("\"RAM (MB)\": { field: memory_gb, factor: 0.0009765625 }"))
    XCTAssertTrue(text.contains("\"Operating System\": os_name"))
    XCTAssertTrue(text.contains("# \"Colour\": ?"))
  }
}
