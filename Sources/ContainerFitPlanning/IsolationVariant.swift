/// The plan's totals under one isolation choice.
public struct IsolationVariant: Sendable, Hashable, Codable {
  public var hosts: Int
  public var cores: Double
  public var memoryGB: Double
  /// Licences and compute of its hosts a year.
  public var annualCost: Double
}
