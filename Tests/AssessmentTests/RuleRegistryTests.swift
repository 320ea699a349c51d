import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import Foundation
import XCTest

final class RuleRegistryTests: AssessmentTestCase {
  func testRuleIdsAreUniqueSortedAndKebabCase() {
    let ids = RuleRegistry.all.map { $0.id }
    XCTAssertEqual(Set(ids).count, ids.count)
    XCTAssertEqual(ids, ids.sorted())
    for id in ids {
      XCTAssertTrue(id.allSatisfy { $0.isLowercase || $0 == "-" }, id)
    }
  }

  func testFindingIdsAreUniqueAcrossRulesAndHaveEfforts() {
    let ids = RuleRegistry.findingDefaults.map(\.id)
    XCTAssertEqual(Set(ids).count, ids.count)
    for rule in RuleRegistry.all {
      XCTAssertEqual(Set(rule.defaultWeights.keys), Set(rule.defaultEffortDays.keys), rule.id)
      XCTAssertFalse(rule.title.isEmpty, rule.id)
      XCTAssertTrue(rule.description.hasSuffix("."), rule.id)
    }
  }

  func testEveryFindingIdHasAHumanTitleThatIsNotItsId() {
    for rule in RuleRegistry.all {
      XCTAssertEqual(Set(rule.findingTitles.keys), Set(rule.defaultWeights.keys), rule.id)
      for (id, title) in rule.findingTitles {
        XCTAssertFalse(title.isEmpty, id)
        XCTAssertFalse(title.contains(id), id)
      }
    }
  }

  func testEveryRuleHasExamplesThatBehaveAsLabelled() {
    for rule in RuleRegistry.all {
      XCTAssertFalse(rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
      XCTAssertFalse(rule.nonTriggeringExamples.isEmpty, "\(rule.id) has no non-triggering example")
      for (index, example) in rule.triggeringExamples.enumerated() {
        let found = try! Assessor(scenario: example.scenario).assess(
          example.app, server: example.server
        ).findings.filter { $0.rule == rule.id }
        XCTAssertFalse(found.isEmpty, "\(rule.id) triggering example \(index) raised nothing")
      }
      for (index, example) in rule.nonTriggeringExamples.enumerated() {
        let found = try! Assessor(scenario: example.scenario).assess(
          example.app, server: example.server
        ).findings.filter { $0.rule == rule.id }
        XCTAssertEqual(found.map(\.id), [], "\(rule.id) non-triggering example \(index) raised findings")
      }
    }
  }

  func testFindingsOnlyUseDeclaredIds() {
    let declared = Set(RuleRegistry.findingDefaults.map(\.id))
    for rule in RuleRegistry.all {
      for example in rule.triggeringExamples {
        for finding in assess(example.app, on: example.server).findings {
          XCTAssertTrue(declared.contains(finding.id), finding.id)
          XCTAssertEqual(RuleRegistry.ruleOfFinding[finding.id], finding.rule)
        }
      }
    }
  }

  func testScoringDocumentationListsEveryRuleAndFinding() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("docs/scoring.md"), encoding: .utf8)
    for rule in RuleRegistry.all {
      XCTAssertTrue(text.contains("`\(rule.id)`"), "docs/scoring.md does not mention rule \(rule.id)")
    }
    for finding in RuleRegistry.findingDefaults {
      XCTAssertTrue(text.contains("`\(finding.id)`"), "docs/scoring.md does not mention finding \(finding.id)")
    }
  }
}
