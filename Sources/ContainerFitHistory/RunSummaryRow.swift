import Foundation

/// One line of `runs list`: a run without its inputs and applications.
public struct RunSummaryRow: Sendable, Codable, Hashable {
  public var id: String
  public var createdAt: Date
  /// The name of the scenario in force.
  public var name: String
  /// The `summary` object of `assessment.json`, as JSON text.
  public var summaryJSON: String
  /// How many applications the run recorded.
  public var applicationCount: Int

  public init(id: String, createdAt: Date, name: String, summaryJSON: String, applicationCount: Int) {
    self.id = id
    self.createdAt = createdAt
    self.name = name
    self.summaryJSON = summaryJSON
    self.applicationCount = applicationCount
  }
}
