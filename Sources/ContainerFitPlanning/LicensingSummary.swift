/// Annual licence cost of the decommissioned servers against the new hosts.
public struct LicensingSummary: Sendable, Hashable, Codable {
  public var currentAnnualCost: Double
  public var targetAnnualCost: Double
  public var annualSavings: Double
  public var currency: String
}
