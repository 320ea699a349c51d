import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class RVToolsAdapterTests: XCTestCase {
  func testRVToolsCSVGermanExcelSaveIsMapped() throws {
    let result = try readFixture("testRVToolsCSVGermanExcelSaveIsMapped.csv", with: RVToolsCSVAdapter())
    XCTAssertEqual(result.records.count, 3)
    let vm = result.records[0]
    XCTAssertEqual(vm.value(.serverId), "uuid-1")
    XCTAssertEqual(vm.value(.hostname), "app-web01.corp.local")
    // Tools OS empty: the configuration file's OS stands in.
    XCTAssertEqual(vm.value(.osName), "Microsoft Windows Server 2016 or later (64-bit)")
    XCTAssertEqual(vm.value(.serverMemoryGB), "8")  // "8.192" is a German thousands separator
    XCTAssertEqual(vm.value(.diskGB), String(102400.5 / 1024))
    XCTAssertEqual(vm.value(.site), "DC-Frankfurt/CL-PROD")
    XCTAssertEqual(vm.attribute("annotation"), "Owner: Müller; IIS")
    XCTAssertNil(vm.outOfScopeReason)
    XCTAssertEqual(result.records[1].outOfScopeReason, "VM template")
    XCTAssertEqual(result.records[2].outOfScopeReason, "non-Windows guest (Ubuntu Linux (64-bit))")
    XCTAssertTrue(result.diagnostics.contains { $0.message.contains("Windows-1252") })
  }

  func testRVToolsCSVIsDetectedFromItsHeader() throws {
    let prefix = [UInt8](
      try Data(contentsOf: URL(fileURLWithPath: fixturePath("testRVToolsCSVGermanExcelSaveIsMapped.csv"))))
    XCTAssertEqual(InputFormat.detect(prefix: prefix, fileExtension: "csv"), .rvtoolsCSV)
  }

  func testXLSXWithSharedAndInlineStringsIsRead() throws {
    let result = try readFixture("testXLSXWithSharedAndInlineStringsIsRead.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertEqual(result.records.count, 11)
    let first = result.records[0]
    XCTAssertEqual(first.value(.hostname), "kst-web01.kestrel.local")
    XCTAssertEqual(first.value(.cores), "4")
    XCTAssertEqual(first.value(.serverMemoryGB), "8")
    XCTAssertEqual(first.value(.osName), "Microsoft Windows Server 2019 (64-bit)")
    XCTAssertEqual(result.records[2].attribute("Annotation"), "Owner: Müller; claims engine")  // inline string
    XCTAssertEqual(result.records.filter { $0.outOfScopeReason != nil }.count, 3)
    XCTAssertEqual(first.location.line, 2)
  }

  func testXLSXColumnReferencesAndPartPaths() {
    XCTAssertEqual(RVToolsXLSXAdapter.columnIndex("A1"), 0)
    XCTAssertEqual(RVToolsXLSXAdapter.columnIndex("AB7"), 27)
    XCTAssertEqual(RVToolsXLSXAdapter.partPath("worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml")
    XCTAssertEqual(RVToolsXLSXAdapter.partPath("/xl/worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml")
  }
}
