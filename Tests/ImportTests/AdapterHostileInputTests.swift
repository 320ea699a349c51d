import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitImport

/// Broken and hostile real-world exports (docs/reliability.md): each adapter ends in a one-line error
/// naming the file, or in records rejected with their place, never in a crash or a hang. Inputs the
/// fuzzers found are fixtures named after their test.
final class AdapterHostileInputTests: XCTestCase {
  /// Every adapter, with the extension its files have.
  private let adapters: [(reader: any InventoryReader, extension: String)] = [
    (RVToolsCSVAdapter(), "csv"), (RVToolsXLSXAdapter(), "xlsx"), (AzureMigrateAdapter(), "csv"),
    (AWSDiscoveryAdapter(), "csv"), (AWSMigrationEvaluatorAdapter(), "csv"), (App2ContainerAdapter(), "json"),
    (CLIXMLAdapter(), "clixml"), (IISAppcmdAdapter(), "xml"),
  ]

  private let workbookFixture = "testXLSXWithSharedAndInlineStringsIsRead.xlsx"

  /// What an adapter made of `bytes` written to `name`: the error's one line, or the records and
  /// diagnostics.
  private func read(_ bytes: [UInt8], as name: String, with reader: any InventoryReader) throws -> (
    error: String?, result: AdapterReadResult
  ) {
    let folder = try HostileInputFolder()
    let path = try folder.write(name, bytes)
    var result = AdapterReadResult(records: [], diagnostics: [])
    do {
      try reader.read(
        InputFile(path: name, url: path), emit: { result.records.append($0) },
        diagnose: { result.diagnostics.append($0) })
      return (nil, result)
    } catch let error as ImportError {
      return ("\(error)", result)
    }
  }

  private func readError(_ bytes: [UInt8], as name: String, with reader: any InventoryReader) throws -> String {
    let message = try XCTUnwrap(try read(bytes, as: name, with: reader).error, "\(name) was read without an error")
    XCTAssertFalse(message.contains("\n"), message)
    XCTAssertTrue(message.hasPrefix("\(name):"), message)
    return message
  }

  private func workbook() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: try fixturePath(workbookFixture))))
  }

  /// The workbook with a little-endian 32-bit field of `part`'s central-directory record replaced.
  private func workbook(settingField offset: Int, of part: String, to value: UInt32) throws -> [UInt8] {
    var bytes = try workbook()
    let name = Array(part.utf8)
    let record = try XCTUnwrap(
      bytes.indices.first { index in
        index + 46 + name.count <= bytes.count && bytes[index..<index + 4] == [0x50, 0x4B, 0x01, 0x02]
          && bytes[(index + 46)..<(index + 46 + name.count)].elementsEqual(name)
      })
    for byte in 0..<4 { bytes[record + offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(byte))) }
    return bytes
  }

  // MARK: - Found by fuzzing

  func testXLSXDeflateStreamOpenAtTheEndOfTheFileIsAnErrorNotAHang() throws {
    // ZIPFoundation's own extraction loops forever on this file (weichsel/ZIPFoundation#389).
    let name = "testXLSXDeflateStreamOpenAtTheEndOfTheFileIsAnErrorNotAHang.xlsx"
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try fixturePath(name))))
    let started = Date()
    let message = try readError(bytes, as: "open.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertTrue(message.contains("cut short") || message.contains("damaged"), message)
    XCTAssertLessThan(Date().timeIntervalSince(started), 5)
  }

  func testXLSXDeflateStreamPastItsEntryIsAnErrorNotAnOverRead() throws {
    // zlib was told each chunk is a whole buffer long and read past a short last chunk (an address-
    // sanitizer report); the entry's bytes are now one chunk of exactly their length.
    let name = "testXLSXDeflateStreamPastItsEntryIsAnErrorNotAnOverRead.xlsx"
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try fixturePath(name))))
    let message = try readError(bytes, as: "past.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertTrue(message.hasPrefix("past.xlsx: cannot be read: its part "), message)
  }

  func testXLSXNegativeSharedStringIndexIsAnEmptyCellNotATrap() throws {
    // A shared-string cell `<v>-1</v>` indexed the table with -1.
    let row = try XMLDocumentLoader.load(
      Array(#"<row r="2"><c r="A2" t="s"><v>-1</v></c><c r="B2" t="s"><v>0</v></c></row>"#.utf8),
      as: InputFile(path: "sheet1.xml"))
    XCTAssertEqual(RVToolsXLSXAdapter.cells(of: row, sharedStrings: ["VM"]), [nil, "VM"])
  }

  // MARK: - Workbooks

  func testTruncatedXLSXIsNotAReadableZip() throws {
    let bytes = try workbook()
    let message = try readError(Array(bytes.prefix(bytes.count / 2)), as: "half.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertEqual(message, "half.xlsx: cannot be read: it is not a readable zip archive (.xlsx).")
  }

  func testXLSXPartDeclaringMoreThanOneGiBIsRefusedBeforeExtraction() throws {
    // Uncompressed size (offset 24 of the central-directory record) of 4 GiB - 1.
    let bytes = try workbook(settingField: 24, of: "xl/workbook.xml", to: 0xFFFF_FFF0)
    let message = try readError(bytes, as: "bomb.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertEqual(message, "bomb.xlsx: cannot be read: its part xl/workbook.xml is larger than 1 GiB.")
  }

  func testXLSXPartHoldingMoreThanItsDeclaredSizeStopsThere() throws {
    // A zip bomb declares a small size and inflates to far more: output stops at the declared size.
    let bytes = try workbook(settingField: 24, of: "xl/sharedStrings.xml", to: 10)
    let message = try readError(bytes, as: "lying.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertEqual(
      message,
      "lying.xlsx: cannot be read: its part xl/sharedStrings.xml holds more than its declared size "
        + "(a damaged file or a zip bomb).")
  }

  func testXLSXPartWithAWrongChecksumIsDamaged() throws {
    let bytes = try workbook(settingField: 16, of: "xl/workbook.xml", to: 0x1234_5678)
    let message = try readError(bytes, as: "crc.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertEqual(
      message, "crc.xlsx: cannot be read: its part xl/workbook.xml is damaged (its checksum does not match).")
  }

  func testXLSXPartWithALocalHeaderOffsetOutsideTheFileIsAOneLineError() throws {
    let bytes = try workbook(settingField: 42, of: "xl/workbook.xml", to: 0x7FFF_0000)
    let message = try readError(bytes, as: "offset.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertEqual(message, "offset.xlsx: not an inventory file: the workbook has no part xl/workbook.xml.")
  }

  func testXLSXIsStillReadThroughThePartReader() throws {
    let (error, result) = try read(try workbook(), as: "ok.xlsx", with: RVToolsXLSXAdapter())
    XCTAssertNil(error)
    XCTAssertEqual(result.records.count, 11)
  }

  // MARK: - Every adapter

  func testEmptyFileIsAOneLineErrorForEveryAdapter() throws {
    for adapter in adapters {
      let name = "empty.\(adapter.extension)"
      let message = try readError([], as: name, with: adapter.reader)
      XCTAssertFalse(message.isEmpty, "\(type(of: adapter.reader))")
    }
  }

  func testBinaryGarbageIsAOneLineErrorOrRejectedForEveryAdapter() throws {
    var generator = SeededGenerator(seed: 20_261_129)
    let garbage = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    for adapter in adapters {
      let name = "garbage.\(adapter.extension)"
      let (error, result) = try read(garbage, as: name, with: adapter.reader)
      if let error { XCTAssertFalse(error.contains("\n"), error) }
      XCTAssertTrue(result.records.isEmpty, "\(type(of: adapter.reader)) read records from noise")
    }
  }

  // MARK: - XML exports

  func testCLIXMLWithEntityDeclarationsIsRefused() throws {
    let document = """
      <?xml version="1.0"?>
      <!DOCTYPE Objs [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
        <Obj RefId="0"><Props><S N="Name">&b;</S><S N="StartMode">Auto</S></Props></Obj>
      </Objs>
      """
    let folder = try HostileInputFolder()
    try folder.write("laughs.clixml", document)
    let message = try XCTUnwrap(folder.loadError("laughs.clixml"))
    XCTAssertTrue(message.hasPrefix("laughs.clixml:2:"), message)
    XCTAssertTrue(message.contains(XMLReaderSession.entityReason), message)
    XCTAssertEqual(
      InputFormat.detect(prefix: Array(document.utf8), fileExtension: "clixml"), .clixml, "read by the adapter")
  }

  func testAppcmdWithAnExternalEntityIsRefused() throws {
    let document = """
      <?xml version="1.0"?>
      <!DOCTYPE appcmd [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <appcmd><SITE SITE.NAME="&secret;" bindings="http/*:80:"/></appcmd>
      """
    let message = try readError(Array(document.utf8), as: "xxe.xml", with: IISAppcmdAdapter())
    XCTAssertTrue(message.contains(XMLReaderSession.entityReason), message)
    XCTAssertFalse(message.contains("root:"), message)
  }

  func testDeeplyNestedCLIXMLIsAnErrorNotAStackOverflow() throws {
    let depth = 100_000
    let document =
      #"<Objs xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj><Props>"#
      + String(repeating: #"<Obj N="x"><Props>"#, count: depth) + String(repeating: "</Props></Obj>", count: depth)
      + "</Props></Obj></Objs>"
    let message = try readError(Array(document.utf8), as: "deep.clixml", with: CLIXMLAdapter())
    XCTAssertTrue(message.hasPrefix("deep.clixml:1:"), message)
  }

  func testTruncatedCLIXMLIsAnErrorWithItsPlace() throws {
    let document = #"<Objs xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><Props><S N="Na"#
    let message = try readError(Array(document.utf8), as: "cut.clixml", with: CLIXMLAdapter())
    XCTAssertTrue(message.hasPrefix("cut.clixml:1:"), message)
  }

  // MARK: - JSON and CSV exports

  func testTruncatedApp2ContainerInventoryIsAnErrorAtTheEnd() throws {
    let document = #"{"iis-web-1a2b": {"applicationType": "IIS", "siteName": "Web"#
    let message = try readError(Array(document.utf8), as: "inventory.json", with: App2ContainerAdapter())
    XCTAssertTrue(message.hasPrefix("inventory.json:1:"), message)
  }

  func testDeeplyNestedApp2ContainerFileIsAnErrorNotAStackOverflow() throws {
    let document = #"{"a": "# + String(repeating: "[", count: 100_000)
    let message = try readError(Array(document.utf8), as: "analysis.json", with: App2ContainerAdapter())
    XCTAssertTrue(message.contains("nesting deeper than"), message)
  }

  func testApp2ContainerEntriesOfTheWrongShapeAreRejectedByPlace() throws {
    let document = #"{"a": 1, "b": [], "c": {"siteName": "Web"}, "d": {"applicationType": "service"}}"#
    let (error, result) = try read(Array(document.utf8), as: "inventory.json", with: App2ContainerAdapter())
    XCTAssertNil(error)
    XCTAssertEqual(result.records.map { $0.value(.appId) }, ["d"])
    XCTAssertEqual(result.diagnostics.count, 3)
    XCTAssertTrue(result.diagnostics.allSatisfy { $0.location.line == 1 })
  }

  func testCSVExportWithHeaderOnlyGivesNoRecords() throws {
    let headers = [
      "VM,Powerstate,Template,CPUs,Memory,Provisioned MiB,OS according to the VMware Tools,VM UUID\n",
      "*Server name,IP addresses,*Cores,*Memory (In MB),*OS name\n",
    ]
    for (header, reader) in zip(headers, [RVToolsCSVAdapter(), AzureMigrateAdapter()] as [any InventoryReader]) {
      let (error, result) = try read(Array(header.utf8), as: "header.csv", with: reader)
      XCTAssertNil(error, "\(type(of: reader))")
      XCTAssertTrue(result.records.isEmpty)
    }
  }
}
