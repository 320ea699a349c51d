import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class EstateBuilderTests: XCTestCase {
  private func record(
    _ kind: RawRecord.Kind, line: Int, file: String = "a.csv", _ fields: [(Field, String)],
    attributes: [(String, String)] = []
  ) -> RawRecord {
    var record = RawRecord(kind: kind, location: SourceLocation(file: file, line: line, column: 1))
    for (index, (field, value)) in fields.enumerated() {
      record.set(field, .text(value), at: SourceLocation(file: file, line: line, column: index * 10 + 1))
    }
    record.attributes = attributes.map { (name: $0.0, value: $0.1) }
    return record
  }

  private func build(_ files: [(String, [RawRecord])]) -> Estate {
    var builder = EstateBuilder()
    for (path, records) in files {
      builder.beginInput(path: path, format: "csv")
      for record in records { builder.add(record) }
      builder.endInput(sha256: "0")
    }
    return builder.build()
  }

  func testApplicationJoinsServerByExactIdThenByCaseInsensitiveHostname() {
    let estate = build([
      (
        "a.csv",
        [
          record(.server, line: 2, [(.serverId, "srv-1"), (.hostname, "WEB01")]),
          record(.application, line: 3, [(.appId, "a1"), (.name, "A"), (.serverId, "srv-1")]),
          record(.application, line: 4, [(.appId, "a2"), (.name, "B"), (.serverId, "web01")]),
        ]
      )
    ])
    XCTAssertEqual(estate.servers.map(\.id), ["srv-1"])
    XCTAssertEqual(estate.applications.map(\.serverId), ["srv-1", "srv-1"])
  }

  func testServersWithIdsOfTheirOwnAreTwoServersWhateverTheirHostnames() {
    // A cloned VM keeps its source's DNS name: two ids, one hostname, two servers.
    let estate = build([
      (
        "rvtools.csv",
        [
          record(.server, line: 2, [(.serverId, "4201-aaaa"), (.hostname, "app01.corp.local")]),
          record(.server, line: 3, [(.serverId, "4201-bbbb"), (.hostname, "APP01.corp.local")]),
        ]
      ),
      (
        "apps.csv",
        [
          record(.application, line: 2, [(.appId, "by-id"), (.name, "A"), (.serverId, "4201-bbbb")]),
          record(.application, line: 3, [(.appId, "by-name"), (.name, "B"), (.serverId, "app01")]),
        ]
      ),
    ])
    XCTAssertEqual(estate.servers.filter { !$0.isPlaceholder }.map(\.id), ["4201-aaaa", "4201-bbbb"])
    XCTAssertEqual(estate.server(ofApplication: 0).id, "4201-bbbb")
    // By the ambiguous name: kept, joined to neither.
    XCTAssertTrue(estate.server(ofApplication: 1).isPlaceholder)
    let warning = estate.warnings.map(\.message).filter { $0.contains("names 2 servers") }
    XCTAssertEqual(warning.count, 2, "the full name and its first label")
    XCTAssertTrue(warning.allSatisfy { $0.contains("4201-aaaa, 4201-bbbb") })
  }

  func testARecordKnownByItsNameJoinsTheServerOfThatName() {
    // A per-server export knows the machine by its name; the inventory by its id.
    let estate = build([
      ("rvtools.csv", [record(.server, line: 2, [(.serverId, "4201-aaaa"), (.hostname, "web01.corp.local")])]),
      ("services.csv", [record(.server, line: 2, [(.serverId, "WEB01"), (.hostname, "WEB01"), (.cores, "8")])]),
    ])
    XCTAssertEqual(estate.servers.map(\.id), ["4201-aaaa"])
    XCTAssertEqual(estate.servers.first?.cores, 8)
  }

  func testUnknownServerGetsPlaceholderAndDataGap() {
    let estate = build([
      ("a.csv", [record(.application, line: 2, [(.appId, "a1"), (.name, "A"), (.serverId, "ghost")])])
    ])
    XCTAssertEqual(estate.servers.count, 1)
    XCTAssertTrue(estate.servers[0].isPlaceholder)
    XCTAssertTrue(estate.applications[0].dataGaps.contains("server"))
  }

  func testApplicationWithoutAppIdIsRejectedWithItsPlace() {
    let estate = build([
      ("apps.csv", [record(.application, line: 7, file: "apps.csv", [(.name, "A"), (.serverId, "s")])])
    ])
    XCTAssertEqual(estate.applications.count, 0)
    XCTAssertEqual(estate.rejections.count, 1)
    XCTAssertEqual(estate.rejections[0].location.description, "apps.csv:7:1")
    XCTAssertEqual(estate.rejections[0].field, "app_id")
  }

  func testDuplicateAppIdRejectsTheSecondAndNamesBothPlaces() {
    let estate = build([
      ("a.csv", [record(.application, line: 2, file: "a.csv", [(.appId, "x"), (.name, "A"), (.serverId, "s")])]),
      ("b.csv", [record(.application, line: 5, file: "b.csv", [(.appId, "x"), (.name, "B"), (.serverId, "s")])]),
    ])
    XCTAssertEqual(estate.applications.map(\.name), ["A"])
    XCTAssertEqual(estate.rejections.count, 1)
    XCTAssertEqual(estate.rejections[0].location.file, "b.csv")
    XCTAssertTrue(estate.rejections[0].message.contains("a.csv:2:1"), estate.rejections[0].message)
    XCTAssertEqual(estate.inputs.map(\.rejected), [0, 1])
  }

  func testServerWithoutIdUsesHostnameAndServerWithNeitherIsRejected() {
    let estate = build([
      (
        "s.csv",
        [
          record(.server, line: 2, [(.hostname, "FILE01"), (.cores, "4")]),
          record(.server, line: 3, [(.cores, "4")]),
        ]
      )
    ])
    XCTAssertEqual(estate.servers.map(\.id), ["FILE01"])
    XCTAssertEqual(estate.rejections.count, 1)
    XCTAssertEqual(estate.rejections[0].location.line, 3)
  }

  func testSameServerFromTwoSourcesIsMergedWithConflictWarningNamingBothPlaces() {
    let estate = build([
      ("a.csv", [record(.server, line: 2, file: "a.csv", [(.serverId, "s1"), (.cores, "8")])]),
      (
        "b.csv",
        [record(.server, line: 9, file: "b.csv", [(.serverId, "s1"), (.cores, "16"), (.serverMemoryGB, "64")])]
      ),
    ])
    XCTAssertEqual(estate.servers.count, 1)
    XCTAssertEqual(estate.servers[0].cores, 8, "the first source wins")
    XCTAssertEqual(estate.servers[0].memoryGB, 64, "an empty field is filled from the other source")
    let conflict = try! XCTUnwrap(estate.warnings.first)
    XCTAssertEqual(conflict.location.file, "b.csv")
    XCTAssertEqual(conflict.field, "cores")
    XCTAssertTrue(conflict.message.contains("a.csv:2:11"), conflict.message)
  }

  func testBadValueIsWarningPlusDataGapAndAppIsKept() {
    let estate = build([
      (
        "a.csv",
        [
          record(.server, line: 2, [(.serverId, "s"), (.cores, "eight")]),
          record(.application, line: 3, [(.appId, "a"), (.name, "A"), (.serverId, "s"), (.gui, "sometimes")]),
        ]
      )
    ])
    XCTAssertEqual(estate.applications.count, 1)
    XCTAssertNil(estate.servers[0].cores)
    XCTAssertNil(estate.applications[0].gui)
    XCTAssertTrue(estate.applications[0].dataGaps.contains("gui"))
    XCTAssertTrue(estate.applications[0].dataGaps.contains("server.cores"))
    XCTAssertEqual(Set(estate.warnings.compactMap(\.field)), ["cores", "gui"])
    XCTAssertEqual(estate.warnings.first { $0.field == "cores" }?.location.description, "a.csv:2:11")
  }

  func testFlatApplicationRowCreatesAndCompletesItsServer() {
    let estate = build([
      (
        "flat.csv",
        [
          record(
            .application, line: 2,
            [
              (.appId, "a"), (.name, "A"), (.serverId, "s"), (.hostname, "APP01"), (.serverMemoryGB, "32"),
              (.appMemoryGB, "4"),
            ]),
          record(.application, line: 3, [(.appId, "b"), (.name, "B"), (.serverId, "s"), (.cores, "8")]),
        ]
      )
    ])
    XCTAssertEqual(estate.servers.count, 1)
    XCTAssertEqual(estate.servers[0].memoryGB, 32)
    XCTAssertEqual(estate.servers[0].cores, 8)
    XCTAssertEqual(estate.applications[0].memoryGB, 4)
  }

  func testDecimalCommaIsHonouredOnlyWhenTheRecordAllowsIt() {
    var row = record(.application, line: 2, [(.appId, "a"), (.name, "A"), (.serverId, "s"), (.cpuCores, "1,5")])
    row.decimalComma = true
    var comma = row
    comma.decimalComma = false
    let estate = build([
      ("a.csv", [row]),
      ("b.csv", [record(.application, line: 2, [(.appId, "b"), (.name, "B"), (.serverId, "s"), (.cpuCores, "1,5")])]),
    ])
    XCTAssertEqual(estate.applications[0].cpuCores, 1.5)
    XCTAssertNil(estate.applications[1].cpuCores)
    _ = comma
  }

  func testListsBooleansAndEnumsDecodeLeniently() {
    let estate = build([
      (
        "a.csv",
        [
          record(
            .application, line: 2,
            [
              (.appId, "a"), (.name, "A"), (.serverId, "s"), (.dependencies, "windows-auth; MSDTC|com+"),
              (.codePageSensitive, "Y"), (.inMemoryState, "0"), (.kind, "IIS Site"),
            ])
        ]
      )
    ])
    let app = estate.applications[0]
    XCTAssertEqual(app.dependencies, [.windowsAuth, .msdtc, .comPlus])
    XCTAssertEqual(app.codePageSensitive, true)
    XCTAssertEqual(app.inMemoryState, false)
    XCTAssertEqual(app.kind, .iisSite)
  }

  func testOutOfRangeNumbersAreWarnings() {
    let estate = build([
      (
        "a.csv",
        [
          record(
            .application, line: 2,
            [
              (.appId, "a"), (.name, "A"), (.serverId, "s"), (.appMemoryGB, "-4"), (.cpuCores, "NaN"),
              (.installSizeMB, "1e400"),
            ])
        ]
      )
    ])
    XCTAssertNil(estate.applications[0].memoryGB)
    XCTAssertNil(estate.applications[0].cpuCores)
    XCTAssertNil(estate.applications[0].installSizeMB)
    XCTAssertEqual(estate.warnings.count, 3)
  }

  func testUnknownFieldsAreKeptAsAttributes() {
    let estate = build([
      (
        "a.csv",
        [
          record(
            .application, line: 2, [(.appId, "a"), (.name, "A"), (.serverId, "s")], attributes: [("Owner", "Ops")])
        ]
      )
    ])
    XCTAssertEqual(estate.applications[0].attributes, ["Owner": "Ops"])
  }

  func testCountsReconcileOverGeneratedRecords() {
    // Property: records read = kept + rejected, per input and overall.
    for seed in 1...200 {
      var rng = SeededGenerator(seed: UInt64(seed))
      var files: [(String, [RawRecord])] = []
      var total = 0
      for fileIndex in 0..<3 {
        var records: [RawRecord] = []
        for line in 0..<Int(rng.next() % 40) {
          let isApp = rng.next() % 3 != 0
          var fields: [(Field, String)] = []
          if rng.next() % 8 != 0 { fields.append((isApp ? .appId : .serverId, "id-\(rng.next() % 30)")) }
          if isApp, rng.next() % 8 != 0 { fields.append((.serverId, "srv-\(rng.next() % 10)")) }
          if rng.next() % 2 == 0 { fields.append((.hostname, "HOST-\(rng.next() % 10)")) }
          if rng.next() % 3 == 0 { fields.append((.cores, rng.next() % 2 == 0 ? "8" : "x")) }
          records.append(record(isApp ? .application : .server, line: line + 2, file: "f\(fileIndex)", fields))
        }
        total += records.count
        files.append(("f\(fileIndex)", records))
      }
      let estate = build(files)
      let kept = estate.inputs.map { $0.servers + $0.applications }.reduce(0, +)
      XCTAssertEqual(kept + estate.rejections.count, total, "seed \(seed)")
      XCTAssertEqual(estate.inputs.map(\.rejected).reduce(0, +), estate.rejections.count, "seed \(seed)")
      XCTAssertEqual(estate.applications.count, estate.inputs.map(\.applications).reduce(0, +), "seed \(seed)")
      let serverIds = Set(estate.servers.map(\.id))
      XCTAssertTrue(estate.applications.allSatisfy { serverIds.contains($0.serverId) }, "seed \(seed)")
    }
  }

  /// Flat rows decoded in a batch share a memo of a clean server decode: whatever it reuses, each
  /// row decodes to exactly what it decodes to alone, places and warnings included (a bad server
  /// value is reported on every row that carries it).
  func testServerMemoDecodesEachFlatRowAsItDecodesAlone() {
    func row(_ line: Int, app: String, cores: String, site: String = "LON") -> RawRecord {
      record(
        .application, line: line,
        [
          (.appId, app), (.name, app), (.serverId, "s1"), (.osBuild, "17763"), (.cores, cores), (.site, site),
        ])
    }
    let rows = [
      row(2, app: "a1", cores: "8"), row(3, app: "a2", cores: "8"), row(4, app: "a3", cores: "lots"),
      row(5, app: "a4", cores: "lots"), row(6, app: "a5", cores: "8", site: "PAR"), row(7, app: "a6", cores: "8"),
    ]
    var memo = ServerMemo()
    for raw in rows {
      let shared = DecodedRecord(raw, memo: &memo)
      let alone = DecodedRecord(raw)
      guard case .application(_, let server?, let sharedBadFields) = shared.outcome,
        case .application(_, let expected?, let aloneBadFields) = alone.outcome
      else { return XCTFail("line \(raw.location.line ?? 0) did not decode to an application with a server") }
      XCTAssertEqual(server.server, expected.server, "line \(raw.location.line ?? 0)")
      for field in [Field.serverId, .osBuild, .cores, .site] {
        XCTAssertEqual(server.fieldLocations[field], expected.fieldLocations[field], "\(field)")
      }
      XCTAssertEqual(shared.warnings.map(\.description), alone.warnings.map(\.description))
      XCTAssertEqual(sharedBadFields, aloneBadFields)
    }
    // The rows with a bad core count each warn, memo or not.
    var again = ServerMemo()
    let warned = rows.map { DecodedRecord($0, memo: &again).warnings.count }
    XCTAssertEqual(warned, [0, 0, 1, 1, 0, 0])
  }
}
