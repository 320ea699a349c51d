import ContainerFitImport
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

@testable import ContainerFitAssessment

/// Applications with equal findings share one list; a list handed out is always equal to the one
/// asked for, even when two different lists have the same fingerprint.
final class FindingListsTests: AssessmentTestCase {
  func testEqualListsShareOneArrayAndEveryListComesBackUnchanged() {
    let assessor = assessor()
    var rng = SeededGenerator(seed: 5)
    var lists = FindingLists()
    var firstBuffer: [[Finding]: UnsafeRawPointer] = [:]
    var shared = 0
    // 300 random applications, each assessed again and again in random order.
    let assessed = (0..<300).map { index in
      let (app, server) = AssessorTests.randomApp(index, using: &rng)
      return assessor.assess(app, server: server).findings
    }
    for index in 0..<3_000 {
      // Findings with texts in storage of their own, and spare capacity, as the scratch list has.
      var findings = assessed.randomElement(using: &rng)!.map(Self.freshTexts)
      findings.reserveCapacity(findings.count + 16)
      let handed = lists.shared(findings)
      XCTAssertEqual(handed, findings, "app \(index)")
      guard !handed.isEmpty, let buffer = Self.buffer(of: handed) else { continue }
      XCTAssertLessThan(handed.capacity, findings.capacity, "app \(index): not the scratch buffer")
      if let first = firstBuffer[findings] {
        XCTAssertEqual(buffer, first, "app \(index): an equal list was handed out before")
        shared += 1
      } else {
        firstBuffer[findings] = buffer
      }
    }
    XCTAssertGreaterThan(shared, 1_000, "the random estate should repeat lists")
  }

  func testListsThatDifferOnlyInTheMiddleOfATextStayApart() {
    var lists = FindingLists()
    let older = [Self.finding(evidence: "server os_build = 14393; container build = 26100")]
    let newer = [Self.finding(evidence: "server os_build = 20348; container build = 26100")]
    let first = lists.shared(older)
    XCTAssertEqual(lists.shared(newer), newer)
    XCTAssertEqual(lists.shared(older), older)
    XCTAssertEqual(Self.buffer(of: lists.shared(newer)), Self.buffer(of: lists.shared(newer)))
    XCTAssertNotEqual(Self.buffer(of: first), Self.buffer(of: lists.shared(newer)))
  }

  func testListsWithTheSameFingerprintAreComparedInFull() {
    // The fingerprint reads a remediation's length and last eight bytes only.
    let one = [Self.finding(evidence: "e", remediation: "Move the A part to a volume.")]
    let other = [Self.finding(evidence: "e", remediation: "Move the B part to a volume.")]
    XCTAssertEqual(FindingLists.fingerprint(one), FindingLists.fingerprint(other))
    var lists = FindingLists()
    for _ in 0..<3 {
      XCTAssertEqual(lists.shared(one), one)
      XCTAssertEqual(lists.shared(other), other)
    }
    XCTAssertEqual(lists.shared([]), [])
  }

  static func finding(evidence: String, remediation: String = "Rebuild the image.") -> Finding {
    Finding(rule: "os", id: "os-rebuild", points: 0, evidence: evidence, remediation: remediation, effortDays: 1)
  }

  static func freshTexts(_ finding: Finding) -> Finding {
    func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
    return Finding(
      rule: fresh(finding.rule), id: fresh(finding.id), points: finding.points, evidence: fresh(finding.evidence),
      remediation: fresh(finding.remediation), effortDays: finding.effortDays, isBlocker: finding.isBlocker)
  }

  static func buffer(of findings: [Finding]) -> UnsafeRawPointer? {
    findings.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
  }
}
