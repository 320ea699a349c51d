import Foundation
import XCTest

/// A server's folder as the per-server collection block writes it (docs/real-world-inputs.md),
/// assessed through the CLI: the DFS namespace keeps the server, the code page reaches the server,
/// the scheduled task and the service are applications, and nothing read is lost.
final class CollectionCommandTests: XCTestCase {
  func testTheCollectionBlocksFolderIsAssessedAsItIs() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("collection-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run([
      "assess", "Tests/EndToEndTests/Fixtures/collection", "--quiet", "--no-history", "--formats", "json", "--out",
      folder.path,
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let document = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("assessment.json")))
        as? [String: Any])
    let apps = try XCTUnwrap(document["applications"] as? [[String: Any]])
    let byId = Dictionary(uniqueKeysWithValues: apps.map { ($0["id"] as? String ?? "", $0) })
    XCTAssertEqual((byId["SRV01/role/FS-DFS-Namespace"]?["blockers"] as? [String]), ["dfs-namespace"])
    XCTAssertNotNil(byId["SRV01/service/InvoiceSvc"])
    XCTAssertNotNil(byId["SRV01/task\\Contoso\\Nightly Invoice Export"])
    XCTAssertEqual(apps.count, 3)
    let servers = try XCTUnwrap(document["servers"] as? [[String: Any]])
    XCTAssertEqual(servers.map { $0["outcome"] as? String }, ["stays"], "the DFS namespace keeps the server")
    let run = try XCTUnwrap(document["run"] as? [String: Any])
    let inputs = try XCTUnwrap(run["inputs"] as? [[String: Any]])
    let read = inputs.reduce(0) { total, input in
      total + ["servers", "applications", "outOfScope", "rejected"].reduce(0) { $0 + (input[$1] as? Int ?? 0) }
    }
    // 3 features + 2 tasks + 1 service + the code page + the servers.csv row.
    XCTAssertEqual(read, 8)
  }
}
