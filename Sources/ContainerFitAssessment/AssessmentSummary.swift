import ContainerFitModel

/// Estate-wide totals of an assessment, for the summary and the charts of the report.
public struct AssessmentSummary: Codable, Sendable, Hashable {
  /// Applications assessed.
  public var applications: Int
  /// Applications per verdict, by raw value; every verdict is present, with 0 when none.
  public var verdicts: [String: Int]
  /// Applications per target kind, by raw value (`windows-container`, `linux-container`, `server`);
  /// every kind is present, with 0 when none.
  public var targets: [String: Int]
  /// The likely container effort, person-days (`effort.likely`): the one total the report and the
  /// comparison show.
  public var totalEffortDays: Double
  /// Container effort as a range, with its parts.
  public var effort: EffortEstimate
  /// How many applications each blocker finding id stops.
  public var blockerCounts: [String: Int]
  /// How many applications raised each finding id.
  public var findingCounts: [String: Int]
  /// Applications per score bucket of 10: [0,10), [10,20), ... [90,100] (100 in the last).
  public var histogram: [Int]
  /// Mean score and confidence; 0 for an empty estate.
  public var meanScore: Double
  public var meanConfidence: Double

  /// Totals over `assessed`; `effort` gives the platform days (the applications' own effort is in
  /// each `AssessedApplication`).
  public init(_ assessed: [AssessedApplication], effort settings: Scenario.EffortSettings = .init()) {
    var verdicts = Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0.rawValue, 0) })
    var blockers: [String: Int] = [:]
    var findings: [String: Int] = [:]
    // Findings of the registry's ids counted by number (`Finding.idNumber`), others by id.
    var countByNumber = [Int](repeating: 0, count: RuleRegistry.findingDefaults.count)
    var histogram = [Int](repeating: 0, count: 10)
    var effort = EffortEstimate.Accumulator()
    var scoreSum = 0.0
    var confidenceSum = 0.0
    var counts = (ready: 0, minor: 0, major: 0, unsuitable: 0, insufficientData: 0)
    var targetCounts = (windows: 0, linux: 0, server: 0)
    // Fields read in place: a copy of each application (a dozen references) cost more than the sums.
    assessed.withUnsafeBufferPointer { apps in
      for index in apps.indices {
        let verdict = apps[index].verdict
        let score = apps[index].score
        let effortDays = apps[index].effortDays
        switch verdict {
        case .ready: counts.ready += 1
        case .minor: counts.minor += 1
        case .major: counts.major += 1
        case .unsuitable: counts.unsuitable += 1
        case .insufficientData: counts.insufficientData += 1
        }
        switch apps[index].target.kind {
        case .windowsContainer: targetCounts.windows += 1
        case .linuxContainer: targetCounts.linux += 1
        case .server: targetCounts.server += 1
        }
        for id in apps[index].blockers { blockers[id, default: 0] += 1 }
        for finding in apps[index].findings {
          if finding.idNumber >= 0 {
            countByNumber[Int(finding.idNumber)] += 1
          } else {
            findings[finding.id, default: 0] += 1
          }
        }
        histogram[min(9, max(0, Int(score / 10)))] += 1
        effort.add(effortDays: effortDays, confidence: apps[index].confidence, moves: verdict.movesToContainer)
        scoreSum += score
        confidenceSum += apps[index].confidence
      }
    }
    for (number, count) in countByNumber.enumerated() where count > 0 {
      findings[RuleRegistry.findingDefaults[number].id, default: 0] += count
    }
    verdicts[Verdict.ready.rawValue, default: 0] += counts.ready
    verdicts[Verdict.minor.rawValue, default: 0] += counts.minor
    verdicts[Verdict.major.rawValue, default: 0] += counts.major
    verdicts[Verdict.unsuitable.rawValue, default: 0] += counts.unsuitable
    verdicts[Verdict.insufficientData.rawValue, default: 0] += counts.insufficientData
    let count = Double(max(1, assessed.count))
    self.applications = assessed.count
    self.verdicts = verdicts
    self.targets = [
      Target.Kind.windowsContainer.rawValue: targetCounts.windows,
      Target.Kind.linuxContainer.rawValue: targetCounts.linux, Target.Kind.server.rawValue: targetCounts.server,
    ]
    self.effort = effort.finish(platformDays: settings.platformDays)
    self.totalEffortDays = self.effort.likely
    self.blockerCounts = blockers
    self.findingCounts = findings
    self.histogram = histogram
    self.meanScore = ((scoreSum / count) * 100).rounded() / 100
    self.meanConfidence = ((confidenceSum / count) * 100).rounded() / 100
  }
}
