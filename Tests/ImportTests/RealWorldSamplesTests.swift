import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class RealWorldSamplesTests: XCTestCase {
  func testEveryRecordOfEverySampleFileIsAccountedFor() throws {
    let estate = try InventoryLoader().load([realWorldSamples])
    let counts = Dictionary(
      estate.inputs.map { input in ((input.path as NSString).lastPathComponent + " " + input.format, input.records) },
      uniquingKeysWith: +)
    XCTAssertEqual(
      counts,
      [
        "appcmd-list.xml iis-appcmd": 4, "analysis.json app2container": 2, "inventory.json app2container": 3,
        "azure-migrate-import.csv azure-migrate": 4, "rvtools-export-excel-save.csv rvtools-csv": 11,
        "rvtools-export.xlsx rvtools-xlsx": 19, "services.clixml clixml": 6,
      ])
    XCTAssertEqual(estate.inputs.count, 8)
    XCTAssertEqual(estate.servers.count, 8)
    XCTAssertEqual(estate.applications.count, 12)
    XCTAssertEqual(estate.rejections.count, 0)
    XCTAssertEqual(estate.outOfScope.count, 7)
    XCTAssertFalse(estate.servers.contains(where: \.isPlaceholder))
  }

  func testAdaptersJoinByHostnameAndAnalysisCompletesInventory() throws {
    let estate = try InventoryLoader().load([realWorldSamples])
    let portalIndex = try XCTUnwrap(estate.applications.firstIndex { $0.id == "iis-claimsportal-1a2b3c4d" })
    let portal = estate.applications[portalIndex]
    XCTAssertEqual(estate.server(ofApplication: portalIndex).hostname, "kst-web02.kestrel.local")
    XCTAssertEqual(portal.runtime, "dotnet-framework-4.8")
    XCTAssertEqual(portal.dependencies, [.windowsAuth])
    XCTAssertEqual(portal.attributes["bindings"], "http/*:80:,https/*:443:claims.kestrel.local")
    let broker = try XCTUnwrap(estate.applications.first { $0.id == "iis-brokerapi-9c0d1e2f" })
    XCTAssertEqual(broker.dependencies, [.nonHTTPBinding])
    let engine = try XCTUnwrap(estate.applications.firstIndex { $0.name == "Kestrel Claims Engine" })
    let server = estate.server(ofApplication: engine)
    XCTAssertEqual(server.cores, 8)
    XCTAssertEqual(server.cpuUtilPct, 55)  // from Azure Migrate, merged into the RVTools VM
    // Azure Migrate's file is read first (path order), so its name is the id; RVTools' VM merged into it.
    XCTAssertEqual(server.id, "KST-APP01")
    XCTAssertEqual(server.diskGB, 150)
    XCTAssertEqual(server.site, "DC-Leeds/CL-PROD")
  }
}
