import ContainerFitAssessment
import XCTest

@testable import ContainerFitReporting

final class FindingJSONCacheTests: XCTestCase {
  /// Findings as scoring makes them: many repeats sharing one string, some equal in text but each
  /// with a string of its own, short texts held inline, numbers that differ only slightly.
  private func findings(count: Int) -> [Finding] {
    let sharedEvidence = String(repeating: "dependencies include windows-auth ", count: 2)
    let sharedRemediation = "Use a group Managed Service Account (gMSA) with a credential spec file"
    var findings: [Finding] = []
    for index in 0..<count {
      switch index % 6 {
      case 0:
        findings.append(
          Finding(
            rule: "dependency", id: "dependency-windows-auth", points: 10, evidence: sharedEvidence,
            remediation: sharedRemediation, effortDays: 3))
      case 1:
        // Equal text, storage of its own.
        findings.append(
          Finding(
            rule: "dependency", id: "dependency-windows-auth", points: 10,
            evidence: String(sharedEvidence.utf8.map { Character(Unicode.Scalar($0)) }),
            remediation: sharedRemediation, effortDays: 3))
      case 2:
        findings.append(
          Finding(
            rule: "logging", id: "log-target-file", points: 5, evidence: "log_target = file",
            remediation: "Route the log with LogMonitor", effortDays: 1))
      case 3:
        findings.append(
          Finding(
            rule: "image-size", id: "image-size-large", points: 5,
            evidence: "estimated image \(index) GB = \"server\" + install\n", remediation: sharedRemediation,
            effortDays: 1))
      case 4:
        findings.append(
          Finding(
            rule: "logging", id: "log-target-file", points: 5.000_000_1, evidence: "log_target = file",
            remediation: "Route the log with LogMonitor", effortDays: 1))
      default:
        findings.append(
          Finding(
            rule: "kind", id: "kind-desktop", points: 0, evidence: "kind = desktop", remediation: "x",
            effortDays: .nan))
      }
    }
    return findings
  }

  func testTheCacheWritesEachFindingAsEncodingItDirectlyDoes() {
    let all = findings(count: 600)
    let remediations = [
      "dependency-windows-auth": "Use a group Managed Service Account (gMSA) with a credential spec file"
    ]
    var direct = JSONBytes()
    var cached = JSONBytes()
    var cache = FindingJSONCache(remediations: remediations)
    // Several applications' lists into one chunk, as the applications list writes them.
    for start in stride(from: 0, to: all.count, by: 7) {
      let list = Array(all[start..<min(all.count, start + 7)])
      direct.beginArray()
      for finding in list { AssessmentDocument.writeFinding(finding, remediations: remediations, to: &direct) }
      direct.endArray()
      cached.beginArray()
      list.withUnsafeBufferPointer { cache.write($0, to: &cached) }
      cached.endArray()
    }
    XCTAssertEqual(cached.text, direct.text)
    XCTAssertTrue(direct.text.contains(#""remediation":null"#))
    XCTAssertTrue(direct.text.contains(#""points":5.0000001"#))
  }
}
