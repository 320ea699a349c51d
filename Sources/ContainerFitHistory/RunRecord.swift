import ContainerFitModel
import Foundation

/// What one `assess` run produced, as the history keeps it: plain values plus JSON text, so the history
/// depends on no assessment, planning or reporting type.
///
/// `createdAt` is kept to the millisecond: a run read back carries its time rounded to the nearest one.
public struct RunRecord: Sendable, Codable, Hashable {
  /// The run id, e.g. `20261129-101500-ab12cd`.
  public var id: String
  public var createdAt: Date
  public var toolVersion: String
  /// The name of the scenario in force.
  public var name: String
  /// The scenario in force, as JSON text.
  public var scenarioJSON: String
  /// The `summary` object of `assessment.json`, as JSON text.
  public var summaryJSON: String
  /// One entry per input file, in the order read.
  public var inputs: [InputSummary]
  /// One entry per assessed application, in report order.
  public var applications: [RunApplication]

  public init(
    id: String, createdAt: Date, toolVersion: String, name: String, scenarioJSON: String, summaryJSON: String,
    inputs: [InputSummary] = [], applications: [RunApplication] = []
  ) {
    self.id = id
    self.createdAt = createdAt
    self.toolVersion = toolVersion
    self.name = name
    self.scenarioJSON = scenarioJSON
    self.summaryJSON = summaryJSON
    self.inputs = inputs
    self.applications = applications
  }
}
