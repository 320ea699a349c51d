/// Everything the report templates show, already computed, formatted and sorted: templates only lay
/// it out. Built once per run by `ReportViewBuilder` from a finished assessment and plan; both the
/// HTML and the Markdown template read the same view, so they carry the same content.
struct ReportView: Sendable {
  struct Input: Sendable {
    var path, format, sha256, sha256Short: String
    var servers, applications, rejected: Int
    var missingFields: String
    var hasMissingFields: Bool
  }

  struct Metric: Sendable {
    var label, value: String
    var note: String
  }

  struct FindingRow: Sendable {
    var id, rule, title: String
    var count: Int
    var share: String
    var remediation: String
    var effortDays: String
    var blocker: Bool
  }

  struct PoolRow: Sendable {
    var name: String
    var isolation: String
    var applications: Int
    var hosts: Int
    var lowerBound: Int
    var cpuUsedPct, memoryUsedPct: String
    var strandedCPU, strandedMemory: String
  }

  struct CostRow: Sendable {
    var label, value, note: String
  }

  /// One container host: what it is, what it carries and what it costs a year.
  struct HostRow: Sendable {
    var id, shape, platform, isolation, codePage, edition, compute, licence: String
  }

  /// One line of the total cost table: today, after, the difference a year and over the horizon.
  struct TCORow: Sendable {
    var label, today, after, difference, horizon: String
    var total: Bool
  }

  struct IsolationRow: Sendable {
    var mode: String
    /// Hosts, and Fargate tasks when there are any ("2 + 103 tasks").
    var hosts: String
    var cores, memoryGB, annualCost: String
    var recommended: Bool
  }

  struct GapRow: Sendable {
    var field: String
    var count: Int
    var share: String
    var advice: String
  }

  /// An application with insufficient data and the assessed fields it lacks.
  struct InsufficientRow: Sendable {
    var id, name, server, confidence, fields: String
  }

  /// An assessed field the applications with insufficient data lack, and how to collect it.
  struct CollectRow: Sendable {
    var field: String
    var count: Int
    var source: String
  }

  struct RejectedRow: Sendable {
    var location, field, reason: String
  }

  struct WarningRow: Sendable {
    var field, message: String
    var count: Int
    var places: String
  }

  struct OutOfScopeRow: Sendable {
    var location, name, reason: String
  }

  struct AppFinding: Sendable {
    var rule, points, evidence, remediation, effortDays: String
    var blocker: Bool
  }

  struct AppRow: Sendable {
    var id, name, server: String
    var score: String
    var verdict: String
    var confidence: String
    /// The target kind, and the sentence that says where the application goes and why.
    var target, targetReason: String
    var baseImage, build, isolation, imageSize, effort, host, demand: String
    /// Why the verdict is what it is, when a score alone does not say: the blocker, the findings
    /// that brought the score under the bands, or the data that is missing. Empty otherwise.
    var verdictReason: String
    var hasVerdictReason: Bool
    var findings: [AppFinding]
    var hasFindings: Bool
  }

  struct AppGroup: Sendable {
    var title: String
    var note: String
    var apps: [AppRow]
  }

  struct RuleRow: Sendable {
    var id, title, description, weights: String
  }

  struct ParameterRow: Sendable {
    var key, value, source: String
    var assumption: Bool
  }

  struct Note: Sendable {
    var text: String
  }

  var title: String
  var client: String
  var engagement: String
  var date: String
  var runId: String
  var toolVersion: String
  var scenarioName: String
  var inputs: [Input]
  var headline: [Metric]
  var summaryText: String
  var verdictChart: String
  /// The verdict split as a Markdown table (Markdown has no charts).
  var verdictTable: String
  var histogramChart: String
  var isolationChart: String
  var poolChart: String
  var blockers: [FindingRow]
  var hasBlockers: Bool
  var topFindings: [FindingRow]
  var pools: [PoolRow]
  var consolidation: [Metric]
  var planNotes: [Note]
  var hasPlanNotes: Bool
  var licensing: [CostRow]
  var licensingNote: String
  /// The total cost of ownership, before and after, and what it rests on.
  var tco: [TCORow]
  /// The container hosts (the first `ReportViewBuilder.hostRowLimit`; all in assessment.json).
  var hostRows: [HostRow]
  var hasHostRows: Bool
  var hostRowsNote: String
  var tcoHorizon: String
  var tcoNote: String
  /// "Container hosts", "Fargate tasks" or both: the title of the per-host list.
  var hostListTitle: String
  /// How the annual difference moves with demand ±20% and at the licence ranges' ends.
  var tcoSensitivity: String
  /// The servers with no known application, at server level; `hasServerLook` false when none.
  var serverLook: [ServerLook]
  var hasServerLook: Bool
  /// False for a server-only delivery: the sections about applications are left out.
  var hasApplications: Bool
  /// What to do, how sure, next steps (none without applications).
  var recommendation: [Recommendation]
  /// What could change the answer, with its effect and what would settle it.
  var risks: [Risk]
  var hasRisks: Bool
  /// The migration waves (the first `ReportViewBuilder.waveRowLimit`), their note and chart.
  var waves: [WaveRow]
  var hasWaves: Bool
  var wavesNote: String
  var wavesChart: String
  /// The assumptions register: what the run's figures rest on that is assumed or unverified.
  var assumptions: [Assumption]
  var isolation: [IsolationRow]
  var isolationNote: String
  var dataGaps: [GapRow]
  var hasDataGaps: Bool
  /// Applications with insufficient data (at most 200), what they lack, and how to collect it.
  var insufficientApps: [InsufficientRow]
  var insufficientFields: [CollectRow]
  var insufficientNote: String
  var hasInsufficient: Bool
  /// The container effort: its range and how it was made.
  var effort: [CostRow]
  var effortNote: String
  var rejected: [RejectedRow]
  var rejectedMore: String
  var hasRejected: Bool
  var warningsCount: Int
  var warnings: [WarningRow]
  var hasWarnings: Bool
  var outOfScope: [OutOfScopeRow]
  var hasOutOfScope: Bool
  var outOfScopeNote: String
  var applicationGroups: [AppGroup]
  var applicationsNote: String
  var rules: [RuleRow]
  var parameters: [ParameterRow]
}
