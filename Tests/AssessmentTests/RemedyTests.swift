import ContainerFitModel
import ContainerFitTestSupport
import Foundation
import XCTest

@testable import ContainerFitAssessment

final class RemedyTests: AssessmentTestCase {
  func testEveryRemedyNamesKnownFindingsEachInOneRemedyOnly() {
    let known = Set(RuleRegistry.findingDefaults.map(\.id))
    let ids = Remedy.catalogue.flatMap(\.findingIds)
    XCTAssertEqual(Set(ids).subtracting(known), [], "a remedy names a finding no rule raises")
    XCTAssertEqual(ids.count, Set(ids).count, "a finding id in two remedies")
  }

  func testAFindingKnowsItsIdByNumberAndKeepsItThroughJSON() throws {
    for (number, entry) in RuleRegistry.findingDefaults.enumerated() {
      let finding = Finding(rule: entry.rule, id: entry.id, points: 1, evidence: "e", remediation: "r", effortDays: 1)
      XCTAssertEqual(finding.idNumber, Int32(number), entry.id)
      XCTAssertEqual(Remedy.of(finding), Remedy.remedyOfFinding[entry.id], entry.id)
      let decoded = try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(finding))
      XCTAssertEqual(decoded, finding)
      XCTAssertEqual(decoded.idNumber, finding.idNumber)
    }
    let unlisted = Finding(rule: "x", id: "not-a-registry-id", points: 0, evidence: "", remediation: "", effortDays: 0)
    XCTAssertEqual(unlisted.idNumber, -1)
    XCTAssertNil(Remedy.of(unlisted))
    XCTAssertFalse(String(decoding: try JSONEncoder().encode(unlisted), as: UTF8.self).contains("idNumber"))
  }

  func testOneLogMonitorIsOneDeductionAndOneEffortWithTheOtherFindingListedAtZero() {
    let app = Application.fixture(localState: .some(.logs), logTarget: .some(.eventlog))
    let assessed = assess(app)
    let logs = assessed.findings.filter { ["local-state-logs", "log-target-eventlog"].contains($0.id) }
    XCTAssertEqual(logs.map(\.points).sorted(), [0, 5])
    XCTAssertEqual(logs.map(\.effortDays).sorted(), [0, 1])
    let covered = logs.first { $0.points == 0 }
    XCTAssertTrue(covered?.evidence.contains("counted once, under") == true, covered?.evidence ?? "")
    XCTAssertEqual(assessed.findings.reduce(0) { $0 + $1.points }, 100 - assessed.score, "points add up")
  }

  func testTheCarrierTakesTheLargestEffortOfItsRemedy() {
    var findings = [
      Finding(rule: "gui", id: "gui-required", points: 50, evidence: "gui = required", remediation: "r", effortDays: 0),
      Finding(
        rule: "app-kind", id: "kind-desktop", points: 30, evidence: "kind = desktop", remediation: "r", effortDays: 10),
      Finding(rule: "registry-state", id: "registry-read", points: 5, evidence: "e", remediation: "r", effortDays: 1),
    ]
    findings.countingEachRemedyOnce()
    XCTAssertEqual(findings.map(\.id), ["gui-required", "registry-read", "kind-desktop"])
    XCTAssertEqual(findings.map(\.points), [50, 5, 0])
    XCTAssertEqual(findings.map(\.effortDays), [10, 1, 0])
  }
}
