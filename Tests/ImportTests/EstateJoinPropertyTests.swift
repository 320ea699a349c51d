import ContainerFitModel
import XCTest

@testable import ContainerFitImport

/// The builder's join, kept in the estate, agrees with the applications' own server ids: for random
/// mixes of server records, flat application rows and applications naming servers by id, by
/// hostname in another case, or not at all.
final class EstateJoinPropertyTests: XCTestCase {
  func testEveryApplicationIsJoinedToTheServerItNamesAndCountsReconcile() {
    for seed in 1...40 {
      var generator = SeededGenerator(seed: UInt64(seed))
      var builder = EstateBuilder()
      builder.beginInput(path: "random.csv", format: "csv")
      let serverCount = Int.random(in: 1...12, using: &generator)
      var records = 0
      for line in 1...Int.random(in: 1...200, using: &generator) {
        let server = Int.random(in: 0..<serverCount, using: &generator)
        var record: RawRecord
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
          record = RawRecord(kind: .server, location: SourceLocation(file: "random.csv", line: line, column: 1))
          record.set(.serverId, .text("srv-\(server)"), at: record.location)
          record.set(.hostname, .text("HOST\(server).corp.local"), at: record.location)
        default:
          record = RawRecord(kind: .application, location: SourceLocation(file: "random.csv", line: line, column: 1))
          record.set(.appId, .text("app-\(line)"), at: record.location)
          // By id, by the short hostname in another case, or by a server nothing describes.
          let named = ["srv-\(server)", "host\(server)", "ghost-\(server)"].randomElement(using: &generator)!
          record.set(.serverId, .text(named), at: record.location)
          if Bool.random(using: &generator) { record.set(.cores, .text("8"), at: record.location) }
        }
        builder.add(record)
        records += 1
      }
      builder.endInput(sha256: "0")
      let estate = builder.build()
      XCTAssertEqual(estate.serverIndices.count, estate.applications.count, "seed \(seed)")
      for (index, app) in estate.applications.enumerated() {
        XCTAssertTrue(estate.serverIndices[index] < estate.servers.count, "seed \(seed)")
        XCTAssertEqual(estate.server(ofApplication: index).id, app.serverId, "seed \(seed), \(app.id)")
      }
      let input = estate.inputs[0]
      XCTAssertEqual(input.records, records, "seed \(seed): records read = servers + applications + rejected")
    }
  }

  /// Server records with ids of their own are never merged through a shared hostname: every
  /// distinct id survives as a server, whatever the hostnames, and every application is kept.
  func testDuplicatedHostnamesLoseNoServer() {
    for seed in 1...40 {
      var generator = SeededGenerator(seed: UInt64(seed))
      var builder = EstateBuilder()
      builder.beginInput(path: "random.csv", format: "csv")
      var ids = Set<String>()
      var apps = 0
      var serverRecords = 0
      for line in 1...Int.random(in: 1...150, using: &generator) {
        var record: RawRecord
        let location = SourceLocation(file: "random.csv", line: line, column: 1)
        if Bool.random(using: &generator) {
          // Few hostnames for many ids: clones.
          let id = "uuid-\(Int.random(in: 0..<30, using: &generator))"
          record = RawRecord(kind: .server, location: location)
          record.set(.serverId, .text(id), at: location)
          record.set(.hostname, .text("VM\(Int.random(in: 0..<4, using: &generator)).corp.local"), at: location)
          ids.insert(id)
          serverRecords += 1
        } else {
          record = RawRecord(kind: .application, location: location)
          record.set(.appId, .text("app-\(line)"), at: location)
          let named = [
            "uuid-\(Int.random(in: 0..<30, using: &generator))", "vm\(Int.random(in: 0..<4, using: &generator))",
          ]
          record.set(.serverId, .text(named.randomElement(using: &generator)!), at: location)
          apps += 1
        }
        builder.add(record)
      }
      builder.endInput(sha256: "0")
      let estate = builder.build()
      XCTAssertEqual(Set(estate.servers.filter { !$0.isPlaceholder }.map(\.id)), ids, "seed \(seed)")
      XCTAssertEqual(estate.applications.count, apps, "seed \(seed)")
      // Counts reconcile: every record read is a server record or an application.
      XCTAssertEqual(estate.inputs.first?.servers, serverRecords, "seed \(seed)")
      XCTAssertEqual(estate.inputs.first?.applications, apps, "seed \(seed)")
    }
  }
}
