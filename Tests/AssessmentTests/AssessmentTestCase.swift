import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

/// Shared helpers: assess an app as the engine does and look at one rule's findings.
class AssessmentTestCase: XCTestCase {
  /// The date the tests judge base-image support on, pinned so tests do not age.
  static let asOf = "2025-07-01"
  /// The scenario tests assess under unless they give one: the default with Linux targets off, since
  /// the fixture (.NET 8, nothing Windows-bound) would otherwise go to a Linux container and most
  /// tests judge Windows containers. Tests of the Linux target pass `Scenario()`.
  static let windowsContainers = RuleExample.windowsContainers

  func assessor(
    _ scenario: Scenario = windowsContainers, file: StaticString = #filePath, line: UInt = #line
  ) -> Assessor {
    do {
      return try Assessor(scenario: scenario, asOf: Self.asOf)
    } catch {
      XCTFail("scenario rejected: \(error)", file: file, line: line)
      return try! Assessor(scenario: Scenario(), asOf: Self.asOf)
    }
  }

  func assess(
    _ app: Application, on server: Server = .fixture(), scenario: Scenario = windowsContainers
  ) -> AssessedApplication {
    assessor(scenario).assess(app, server: server)
  }

  /// The findings `rule` raises for `app`, in report order.
  func findings(
    of rule: any AssessmentRule.Type, _ app: Application, on server: Server = .fixture(),
    scenario: Scenario = windowsContainers
  ) -> [Finding] {
    assess(app, on: server, scenario: scenario).findings.filter { $0.rule == rule.id }
  }
}
