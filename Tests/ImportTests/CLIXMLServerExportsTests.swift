import ContainerFitModel
import Foundation
import XCTest

@testable import ContainerFitImport

/// The per-server collection's CLIXML exports beside services: Windows features, installed
/// products, scheduled tasks and the code page, written as PowerShell 5.1 writes them (UTF-16LE
/// with BOM, CRLF) into a folder named after the server.
final class CLIXMLServerExportsTests: XCTestCase {
  static func objs(_ body: String) -> String {
    "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\r\n" + body + "</Objs>\r\n"
  }

  static func feature(_ ref: Int, _ name: String, _ display: String, type: String = "Role", installed: Bool = true)
    -> String
  {
    let names =
      ref == 0
      ? "<TN RefId=\"0\"><T>Microsoft.Windows.ServerManager.Commands.Feature</T><T>System.Object</T></TN>"
      : "<TNRef RefId=\"0\" />"
    return """
        <Obj RefId="\(ref)">\(names)<ToString>[X] \(display)</ToString><Props>\
      <S N="Name">\(name)</S><S N="DisplayName">\(display)</S><B N="Installed">\(installed)</B>\
      <S N="FeatureType">\(type)</S><I32 N="Depth">1</I32></Props></Obj>\r\n
      """
  }

  static let features = objs(
    feature(0, "Web-Server", "Web Server (IIS)")
      + feature(1, "FS-DFS-Namespace", "DFS Namespaces", type: "Role Service")
      + feature(2, "NET-Framework-Features", ".NET Framework 3.5 Features", type: "Feature")
      + feature(3, "RSAT", "Remote Server Administration Tools", type: "Feature"))

  static let products = objs(
    """
      <Obj RefId="0"><TN RefId="0"><T>Microsoft.Management.Infrastructure.CimInstance#root/cimv2/Win32_Product</T>\
    <T>Microsoft.Management.Infrastructure.CimInstance</T></TN><Props><S N="Name">Microsoft SQL Server 2019 (64-bit)</S>\
    <S N="Vendor">Microsoft Corporation</S><S N="Version">15.0.2000.5</S><S N="IdentifyingNumber">{A1}</S></Props>\
    <MS><S N="PSComputerName">SRV01</S></MS></Obj>\r\n
      <Obj RefId="1"><TNRef RefId="0" /><Props><S N="Name">SAP Crystal Reports runtime engine for .NET Framework (32-bit)</S>\
    <S N="Vendor">SAP</S><S N="Version">13.0.30.3805</S><S N="IdentifyingNumber">{B2}</S></Props>\
    <MS><S N="PSComputerName">SRV01</S></MS></Obj>\r\n
    """)

  static let tasks = objs(
    """
      <Obj RefId="0"><TN RefId="0"><T>Microsoft.Management.Infrastructure.CimInstance#Root/Microsoft/Windows/TaskScheduler/MSFT_ScheduledTask</T></TN>\
    <Props><S N="TaskName">Nightly Invoice Export</S><S N="TaskPath">\\Contoso\\</S><S N="Author">CONTOSO\\ops</S></Props></Obj>\r\n
      <Obj RefId="1"><TNRef RefId="0" /><Props><S N="TaskName">ScheduledDefrag</S><S N="TaskPath">\\Microsoft\\Windows\\Defrag\\</S></Props></Obj>\r\n
    """)

  static let codePage = objs(
    """
      <Obj RefId="0"><TN RefId="0"><T>Selected.Microsoft.PowerShell.Commands.Internal.Format</T><T>System.Management.Automation.PSCustomObject</T></TN>\
    <MS><S N="ACP">932</S><S N="OEMCP">932</S></MS></Obj>\r\n
    """)

  /// UTF-16LE with BOM, as `Export-Clixml` writes in Windows PowerShell 5.1.
  static func write(_ text: String, to url: URL) throws {
    var data = Data([0xFF, 0xFE])
    data.append(text.data(using: .utf16LittleEndian)!)
    try data.write(to: url)
  }

  func testAServerFolderOfExportsGivesRolesProductsTasksAndTheCodePageAndLosesNothing() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("collect-\(UUID().uuidString)")
    let server = root.appendingPathComponent("SRV01")
    try FileManager.default.createDirectory(at: server, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Self.write(Self.features, to: server.appendingPathComponent("features.xml"))
    try Self.write(Self.products, to: server.appendingPathComponent("products.xml"))
    try Self.write(Self.tasks, to: server.appendingPathComponent("tasks.xml"))
    try Self.write(Self.codePage, to: root.appendingPathComponent("codepage_SRV01.xml"))
    let estate = try InventoryLoader().load([root.path])
    XCTAssertEqual(estate.servers.map(\.id), ["SRV01"])
    XCTAssertEqual(estate.servers.first?.ansiCodePage, 932)
    let apps = Dictionary(uniqueKeysWithValues: estate.applications.map { ($0.id, $0) })
    let dfs = try XCTUnwrap(apps["SRV01/role/FS-DFS-Namespace"])
    XCTAssertEqual(dfs.kind, .windowsService)
    XCTAssertEqual(dfs.runtime, "native")
    XCTAssertEqual(dfs.attributes["ServiceName"], "dfs")
    let sql = try XCTUnwrap(apps["SRV01/product/Microsoft SQL Server 2019 (64-bit)"])
    XCTAssertEqual(sql.dependencies, [.databaseServer])
    let task = try XCTUnwrap(apps["SRV01/task\\Contoso\\Nightly Invoice Export"])
    XCTAssertEqual(task.kind, .scheduledTask)
    XCTAssertEqual(apps.count, 3)
    let reasons = estate.outOfScope.map(\.reason)
    XCTAssertTrue(
      reasons.contains("Windows feature: IIS is installed, its sites are the applications (appcmd list site)"))
    XCTAssertTrue(reasons.contains("Windows feature: .NET Framework 3.5 is installed"))
    XCTAssertTrue(reasons.contains("Windows feature, not a workload"))
    XCTAssertTrue(reasons.contains("Windows scheduled task"))
    XCTAssertTrue(
      reasons.contains { $0.hasPrefix("installed product (SAP 13.0.30.3805); evidence of Crystal Reports") })
    // Every object read is an application, a server record, out of scope or rejected.
    for input in estate.inputs {
      XCTAssertEqual(input.records, input.servers + input.applications + input.outOfScope + input.rejected)
    }
    XCTAssertEqual(estate.inputs.map(\.records).reduce(0, +), 4 + 2 + 2 + 1)
    XCTAssertTrue(
      estate.warnings.contains { $0.message.contains("their host is taken from the file's name or folder, 'SRV01'") })
  }

  func testAnExportWithNoHostAnywhereIsRejectedSayingHowToNameIt() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("collect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("features.xml")
    try Self.write(Self.features, to: file)
    // The folder is a temporary name, not a server: name the file itself.
    let estate = try InventoryLoader().load([file.path])
    XCTAssertTrue(estate.applications.isEmpty || estate.applications.allSatisfy { $0.serverId != "" })
    XCTAssertEqual(CLIXMLAdapter.host(fromPath: "exports/features.xml"), "exports")
    XCTAssertNil(CLIXMLAdapter.host(fromPath: "features.xml"))
    XCTAssertEqual(CLIXMLAdapter.host(fromPath: "x/SRV02-features.xml"), "SRV02")
    XCTAssertEqual(CLIXMLAdapter.host(fromPath: "x/codepage_SRV03.xml"), "SRV03")
  }

  func testSQLServerEngineIsTellFromItsTools() {
    XCTAssertTrue(CLIXMLServerExports.isDatabaseEngine("Microsoft SQL Server 2019 (64-bit)"))
    XCTAssertTrue(CLIXMLServerExports.isDatabaseEngine("SQL Server 2017 Database Engine Services"))
    XCTAssertFalse(CLIXMLServerExports.isDatabaseEngine("Microsoft SQL Server Management Studio - 18.12.1"))
    XCTAssertFalse(CLIXMLServerExports.isDatabaseEngine("Microsoft SQL Server 2012 Native Client"))
  }
}
