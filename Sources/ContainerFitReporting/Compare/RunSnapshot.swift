import ContainerFitRun
import Foundation

/// What `compare` needs of one run, whichever way it arrived: from the run history, or from a run
/// folder or `assessment.json` a colleague sent. Built from the `assessment.json` contract only, so
/// runs of other tool versions compare too.
public struct RunSnapshot: Sendable, Hashable {
  /// One application's result.
  public struct Application: Sendable, Hashable {
    public var id: String
    public var name: String
    public var score: Double
    /// `ready`, `minor`, `major` or `unsuitable`.
    public var verdict: String
    /// The ids of the findings raised for it (`registry-write`), sorted.
    public var findings: [String]

    /// Creates an application result; finding ids are sorted and made unique.
    public init(id: String, name: String, score: Double, verdict: String, findings: [String]) {
      self.id = id
      self.name = name
      self.score = score
      self.verdict = verdict
      self.findings = Array(Set(findings)).sorted()
    }
  }

  public var id: String
  public var name: String
  /// ISO 8601 UTC time of the run.
  public var createdAt: String
  /// The scenario in force as dotted keys (`host.shape`) to values written as text.
  public var scenario: [String: String]
  public var summary: AssessmentDocument.Summary
  public var applications: [Application]

  /// Creates a snapshot from its parts (a run read from the history).
  public init(
    id: String, name: String, createdAt: String, scenario: [String: String], summary: AssessmentDocument.Summary,
    applications: [Application]
  ) {
    self.id = id
    self.name = name
    self.createdAt = createdAt
    self.scenario = scenario
    self.summary = summary
    self.applications = applications
  }

  /// The snapshot of a finished run's document.
  public init(_ document: AssessmentDocument) throws {
    self.init(
      id: document.run.id, name: document.run.scenario.name, createdAt: document.run.createdAt,
      scenario: try JSONTree.of(document.run.scenario).flattened(), summary: document.summary,
      applications: document.applications.map {
        Application(id: $0.id, name: $0.name, score: $0.score, verdict: $0.verdict, findings: $0.findings.map(\.id))
      })
  }

  /// Reads a run folder (its `assessment.json`) or an `assessment.json` file.
  public init(contentsOf path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw RunSnapshotError.notFound(path: path)
    }
    let file = isDirectory.boolValue ? (path as NSString).appendingPathComponent("assessment.json") : path
    guard let data = FileManager.default.contents(atPath: file) else { throw RunSnapshotError.notFound(path: file) }
    let document: AssessmentDocument
    do {
      document = try JSONDecoder().decode(AssessmentDocument.self, from: data)
    } catch {
      throw RunSnapshotError.unreadable(path: file, reason: Self.describe(error))
    }
    try self.init(document)
  }

  /// Flattens a scenario recorded as JSON text (the history's `scenario_json`) into dotted keys.
  public static func flatScenario(json: String) throws -> [String: String] {
    try JSONTree.parse(json).flattened()
  }

  private static func describe(_ error: Error) -> String {
    guard let error = error as? DecodingError else { return error.localizedDescription }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing key '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return (path.isEmpty ? "" : "at '\(path)': ") + context.debugDescription
    @unknown default: return "not an assessment.json"
    }
  }
}
