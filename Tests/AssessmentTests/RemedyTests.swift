import ContainerFitModel
import ContainerFitTestSupport
import XCTest

@testable import ContainerFitAssessment

final class RemedyTests: AssessmentTestCase {
  func testEveryRemedyNamesKnownFindingsEachInOneRemedyOnly() {
    let known = Set(RuleRegistry.findingDefaults.map(\.id))
    let ids = Remedy.catalogue.flatMap(\.findingIds)
    XCTAssertEqual(Set(ids).subtracting(known), [], "a remedy names a finding no rule raises")
    XCTAssertEqual(ids.count, Set(ids).count, "a finding id in two remedies")
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
