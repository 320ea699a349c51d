import ContainerFitModel

/// The estate's annual cost before and after the plan, licence and compute apart
/// (targets-and-economics.md §5): today every server of the estate; after, the new hosts plus the
/// servers that stay. Licences today are cash (`licensing.current_basis`) and a range where editions
/// are unknown; hosting today is priced only when the scenario gives its rates (`current.*`).
public struct CostSummary: Sendable, Hashable, Codable {
  public var currency: String
  /// `software-assurance` or `amortized`: what today's licence figures are.
  public var currentBasis: String
  /// The licence model of the new hosts (`included` or `per-core`).
  public var targetModel: String
  /// Licences of every server today.
  public var beforeLicence: LicenceModel.Range
  /// Hosting of every server today; 0 when `hostingPriced` is false.
  public var beforeCompute: Double
  /// True when the scenario prices today's hosting (`current.vm_cost_per_vcpu_year`,
  /// `current.physical_server_year`).
  public var hostingPriced: Bool
  /// The new hosts: their licences and their compute (on-demand, without the licence part).
  public var hostsLicence: Double
  public var hostsCompute: Double
  /// The servers that stay: their licences and hosting, unchanged.
  public var remainingLicence: LicenceModel.Range
  public var remainingCompute: Double
  /// Hypervisor hosts whose Windows licences today are counted per host (RVTools vHost), and the
  /// VMs licensed through them; the other servers are licensed per VM.
  public var licensedHosts: Int = 0
  public var vmsOnLicensedHosts: Int = 0

  /// Licences after: the new hosts' plus the remaining servers'.
  public var afterLicence: LicenceModel.Range {
    LicenceModel.Range(low: hostsLicence + remainingLicence.low, high: hostsLicence + remainingLicence.high)
  }
  public var afterCompute: Double { hostsCompute + remainingCompute }
  /// After minus before for the licences (negative: cheaper after), low and high ends.
  public var licenceChange: LicenceModel.Range {
    // The same servers are unknown before and after, so the ends pair up: low with low.
    LicenceModel.Range(
      low: afterLicence.low - beforeLicence.low, high: afterLicence.high - beforeLicence.high)
  }
  /// After minus before for compute; meaningful only when `hostingPriced`.
  public var computeChange: Double { afterCompute - beforeCompute }

  public static func empty(currency: String, currentBasis: String, targetModel: String) -> CostSummary {
    CostSummary(
      currency: currency, currentBasis: currentBasis, targetModel: targetModel, beforeLicence: .zero,
      beforeCompute: 0, hostingPriced: false, hostsLicence: 0, hostsCompute: 0, remainingLicence: .zero,
      remainingCompute: 0)
  }
}
