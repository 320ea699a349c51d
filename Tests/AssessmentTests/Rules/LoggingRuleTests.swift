import ContainerFitAssessment
import ContainerFitModel
import ContainerFitTestSupport
import XCTest

final class LoggingRuleTests: AssessmentTestCase {
  func testLogFilesNeedLogMonitor() {
    let found = findings(of: LoggingRule.self, .fixture(logTarget: .some(.file)))
    XCTAssertEqual(found.map(\.id), ["log-target-file"])
    XCTAssertEqual(found.first?.evidence, "log_target = file")
    XCTAssertEqual(found.first?.points, 5)
    XCTAssertTrue(found.first?.remediation.contains("LogMonitor") == true)
  }

  func testEventLogNeedsLogMonitor() {
    let found = findings(of: LoggingRule.self, .fixture(logTarget: .some(.eventlog)))
    XCTAssertEqual(found.map(\.id), ["log-target-eventlog"])
    XCTAssertEqual(found.first?.evidence, "log_target = eventlog")
    XCTAssertEqual(found.first?.effortDays, 1)
  }

  func testStdoutOrUnknownRaisesNothing() {
    XCTAssertEqual(findings(of: LoggingRule.self, .fixture()), [])
    XCTAssertEqual(findings(of: LoggingRule.self, .fixture(logTarget: .some(nil))), [])
  }
}
