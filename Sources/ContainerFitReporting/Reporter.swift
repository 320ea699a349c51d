import ContainerFitConcurrency
import ContainerFitModel
import ContainerFitRun

/// One report format's writer: it reads a finished run and writes its file. `ReportWriter` picks the
/// reporter of each format with one exhaustive switch and runs them side by side.
protocol Reporter: Sendable {
  /// The format this reporter writes.
  static var format: ReportFormat { get }

  /// Writes the report of `run` into a new file at `path` (a temporary file the caller moves into place).
  func write(_ run: ReportInput, to path: String) throws
}

/// A finished run as the reporters read it: its outcome, and what several formats derive from it,
/// each built once by the first reporter to need it while the others wait.
struct ReportInput: Sendable {
  let outcome: AssessmentOutcome
  /// What the HTML and Markdown reports show.
  let view: BuiltOnce<ReportView>
  /// The applications table's rows, which the CSV file and the workbook share.
  let table: BuiltOnce<TableRows>

  /// The input for `outcome`, whose report details `detailCount` of the lowest and highest scores.
  init(_ outcome: AssessmentOutcome, detailCount: Int = 25) {
    self.outcome = outcome
    view = BuiltOnce { ReportViewBuilder(outcome: outcome, detailCount: detailCount).build() }
    table = BuiltOnce { ApplicationsTable(outcome: outcome).rows() }
  }
}
