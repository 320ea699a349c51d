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
}
