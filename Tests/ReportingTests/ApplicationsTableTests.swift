import ContainerFitAssessment
import ContainerFitModel
import ContainerFitRun
import ContainerFitTestSupport
import XCTest

@testable import ContainerFitReporting

/// The rows of applications.csv and .xlsx: the top findings column is composed in a buffer, with a
/// string kept for findings too long for it; both must read the same.
final class ApplicationsTableTests: XCTestCase {
  func testTopFindingsReadTheSameComposedInTheBufferOrAsAString() throws {
    let server = Server.fixture(id: "srv-1")
    let apps = (0..<2).map { Application.fixture(id: "app-\($0)", name: "App \($0)", serverId: "srv-1") }
    let base = try AssessmentOutcome.test(Estate(servers: [server], applications: apps), client: nil, engagement: nil)
    func finding(_ id: String, _ points: Double) -> Finding {
      Finding(rule: "r", id: id, points: points, evidence: "e", remediation: "m", effortDays: 1, isBlocker: false)
    }
    let long = String(repeating: "a-very-long-finding-id-", count: 12)  // 276 bytes: three overflow 512
    var assessed = base.assessed
    assessed[0].findings = [
      finding("gui-none", 5), finding("registry-écrit", 2.5), finding("logs", 10), finding("x", 1),
    ]
    assessed[1].findings = [finding(long + "1", 5), finding(long + "2", 2.5), finding(long + "3", 10)]
    let outcome = AssessmentOutcome(
      context: base.context, scenario: base.scenario, estate: base.estate, assessed: assessed, plan: base.plan,
      client: nil, engagement: nil)
    let rows = ApplicationsTable(outcome: outcome).rows()
    let column = try XCTUnwrap(ApplicationsTable.header.firstIndex(of: "top_findings"))
    XCTAssertEqual(rows[0][column], .text("gui-none (−5); registry-écrit (−2.5); logs (−10)"))
    XCTAssertEqual(rows[1][column], .text("\(long)1 (−5); \(long)2 (−2.5); \(long)3 (−10)"))
  }
}
