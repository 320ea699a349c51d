import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class StructuredAdapterTests: XCTestCase {
  func testCLIXMLServicesAreReadFromUTF16() throws {
    let result = try readFixture("testCLIXMLServicesAreReadFromUTF16.clixml", with: CLIXMLAdapter())
    XCTAssertEqual(result.records.count, 6)
    XCTAssertTrue(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let engine = result.records[0]
    XCTAssertEqual(engine.value(.appId), "KST-APP01/service/KestrelClaimsEngine")
    XCTAssertEqual(engine.value(.name), "Kestrel Claims Engine")
    XCTAssertEqual(engine.value(.kind), "windows-service")
    XCTAssertEqual(engine.value(.dependencies), "windows-auth")  // KESTREL\svc_claims
    XCTAssertEqual(engine.attribute("Description"), "Scores incoming claims.\r\nOwner: Claims IT (Müller)")
    XCTAssertEqual(engine.attribute("PSComputerName"), "KST-APP01")  // <MS> merged with <Props>
    // _x005F_ is a literal underscore; the type names came through TNRef.
    XCTAssertEqual(result.records[1].value(.appId), "KST-APP01/service/Kestrel_DocImport")
    XCTAssertNil(result.records[1].value(.dependencies))
    XCTAssertEqual(result.records[2].outOfScopeReason, "Windows system service")
    XCTAssertEqual(result.records[3].value(.dependencies), "windows-auth")  // user@domain
    // ServiceController: enums by their ToString, and through Ref.
    XCTAssertEqual(result.records[4].attribute("StartType"), "Automatic")
    XCTAssertEqual(result.records[5].attribute("Status"), "Running")
    XCTAssertEqual(result.records[5].value(.serverId), "KST-BATCH01")
  }

  func testCLIXMLEscapesAreDecoded() {
    XCTAssertEqual(CLIXMLDecoder.unescape("a_x000D__x000A_b_x005F_x0041_"), "a\r\nb_x0041_")
    XCTAssertEqual(CLIXMLDecoder.unescape("_xD83D__xDE00_"), "😀")
    XCTAssertEqual(CLIXMLDecoder.unescape("_x12_"), "_x12_")
  }

  func testAServiceExportMadeOnTheServerTakesItsHostFromTheFolderOrFileName() throws {
    XCTAssertEqual(CLIXMLAdapter.host(fromPath: "delivery/SRV01/services.xml"), "SRV01")
    XCTAssertEqual(CLIXMLAdapter.host(fromPath: "delivery/SRV01-services.xml"), "SRV01")
    XCTAssertEqual(CLIXMLAdapter.host(fromPath: "services_SRV02.clixml"), "SRV02")
    XCTAssertNil(CLIXMLAdapter.host(fromPath: "services.xml"))
    // `Get-Service | Export-Clixml services.xml` on the server: MachineName is '.'.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clixml-\(UUID().uuidString)/SRV01")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let file = folder.appendingPathComponent("services.xml")
    try """
    <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
      <Obj RefId="0">
        <TN RefId="0"><T>System.ServiceProcess.ServiceController</T></TN>
        <Props>
          <S N="ServiceName">ClaimsSync</S>
          <S N="DisplayName">Claims Sync</S>
          <S N="MachineName">.</S>
          <S N="Status">Running</S>
        </Props>
      </Obj>
    </Objs>
    """.write(to: file, atomically: true, encoding: .utf8)
    var records: [RawRecord] = []
    var diagnostics: [Diagnostic] = []
    try CLIXMLAdapter().read(
      InputFile(path: "delivery/SRV01/services.xml", url: file.path), emit: { records.append($0) },
      diagnose: { diagnostics.append($0) })
    XCTAssertEqual(records.map { $0.value(.serverId) }, ["SRV01"])
    XCTAssertEqual(records.first?.value(.appId), "SRV01/service/ClaimsSync")
    XCTAssertEqual(diagnostics.map(\.severity), [.warning])
    XCTAssertTrue(diagnostics.first?.message.contains("'SRV01'") == true)
  }

  func testAppcmdListingGivesApplicationsWithRuntimes() throws {
    let result = try readFixture("testAppcmdListingGivesApplicationsWithRuntimes.xml", with: IISAppcmdAdapter())
    XCTAssertEqual(result.records.count, 4)
    let byName = Dictionary(uniqueKeysWithValues: result.records.map { ($0.value(.name) ?? "", $0) })
    // A site's root application is the site: it takes the site's name.
    XCTAssertNil(byName["Default Web Site"]?.value(.runtime))
    XCTAssertEqual(byName["Default Web Site"]?.value(.appId), "Fixtures/iis/Default Web Site")
    XCTAssertEqual(byName["Default Web Site/quotes"]?.value(.runtime), "dotnet-framework-4")
    XCTAssertEqual(byName["Default Web Site/legacy-rates"]?.value(.runtime), "dotnet-framework-3.5")
    XCTAssertEqual(byName["Default Web Site/legacy-rates"]?.value(.dependencies), "32-bit")
    XCTAssertEqual(byName["QuoteService"]?.value(.dependencies), "non-http-binding")
    XCTAssertEqual(byName["QuoteService"]?.value(.kind), "iis-site")
  }

  func testApplicationHostConfigIsRead() throws {
    let result = try readFixture("testApplicationHostConfigIsRead.config", with: IISAppcmdAdapter())
    XCTAssertEqual(result.records.map { $0.value(.name) }, ["Default Web Site", "Default Web Site/old"])
    XCTAssertEqual(result.records[0].value(.runtime), "dotnet-framework-4")
    XCTAssertEqual(result.records[1].value(.dependencies), "32-bit;non-http-binding")
  }

  func testXMLAdaptersAreDetectedFromTheRootElement() throws {
    func format(_ name: String) throws -> InputFormat? {
      InputFormat.detect(
        prefix: [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixturePath(name)))), fileExtension: "xml")
    }
    XCTAssertEqual(try format("testCLIXMLServicesAreReadFromUTF16.clixml"), .clixml)
    XCTAssertEqual(try format("testAppcmdListingGivesApplicationsWithRuntimes.xml"), .iisAppcmd)
    XCTAssertEqual(try format("testApplicationHostConfigIsRead.config"), .iisAppcmd)
    XCTAssertEqual(try format("testSchemaExampleIsRead.xml"), .xml)
  }
}
