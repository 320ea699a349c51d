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

  /// The sample workbook's vHost and vCluster sheets: hosts with their cores, clusters, each VM's host.
  func testWorkbookHostsClustersAndEachVMsHostAreReadAndCountsReconcile() throws {
    let path = realWorldSamples + "/rvtools-export.xlsx"
    let estate = try InventoryLoader().load([path])
    XCTAssertEqual(estate.hypervisorHosts.map(\.name), (1...5).map { "esx0\($0).kestrel.local" })
    let first = try XCTUnwrap(estate.hypervisorHosts.first)
    XCTAssertEqual(first.cluster, "CL-PROD")
    XCTAssertEqual(first.physicalCores, 24)
    XCTAssertEqual(first.sockets, 2)
    XCTAssertEqual(first.memoryGB, 384)
    XCTAssertEqual(first.source?.file, path + "[vHost]")
    XCTAssertEqual(estate.hypervisorClusters.map(\.name), ["CL-PROD", "CL-DATA", "CL-INFRA"])
    XCTAssertEqual(estate.hypervisorClusters.first?.hosts, 3)
    let web = try XCTUnwrap(estate.servers.first { $0.hostname == "kst-web01.kestrel.local" })
    XCTAssertEqual(web.hypervisorHost, "esx01.kestrel.local")
    XCTAssertEqual(web.cluster, "CL-PROD")
    let input = try XCTUnwrap(estate.inputs.first)
    XCTAssertEqual(input.hypervisorHosts, 5)
    XCTAssertEqual(input.hypervisorClusters, 3)
    XCTAssertEqual(input.records, 8 + 3 + 5 + 3, "servers + out of scope + hosts + clusters")
    XCTAssertFalse(input.missingFields.contains("server.hypervisor_host"), "context, not a missing field")
  }

  func testVHostCSVSaveIsDetectedAndADuplicateHostIsWarnedNamingBothPlaces() throws {
    let text =
      "Host,Cluster,CPU Model,# CPU,Cores per CPU,# Cores,# Memory,ESX Version\n"
      + "esx01,CL1,Xeon,2,8,16,262144,7.0.3\n" + "esx01,CL1,Xeon,2,8,16,262144,7.0.3\n" + ",CL1,Xeon,2,8,16,1,7\n"
      + "esx02,CL1,Xeon,2,8,many,262144,7.0.3\n"
    XCTAssertEqual(InputFormat.detect(prefix: Array(text.utf8), fileExtension: "csv"), .rvtoolsHostsCSV)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("vhost-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let estate = try InventoryLoader().load([file.path])
    XCTAssertEqual(estate.hypervisorHosts.map(\.name), ["esx01", "esx02"])
    XCTAssertNil(estate.hypervisorHosts.last?.cores)
    XCTAssertTrue(
      estate.warnings.contains {
        $0.field == "cores" && $0.message == "vHost cores 'many' is not a number; it is left unknown"
      })
    XCTAssertEqual(estate.hypervisorHosts.first?.memoryGB, 256)
    XCTAssertTrue(estate.warnings.contains { $0.message.contains("hypervisor host 'esx01' is also described at") })
    XCTAssertEqual(estate.rejections.map(\.message), ["vHost row has no Host, so it cannot be identified"])
    XCTAssertEqual(estate.inputs.first?.records, 4)
  }
}
