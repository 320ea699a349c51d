import ContainerFitModel

/// Where an application goes, and why (targets-and-economics.md §1), decided in this order:
/// 1. `server` when it does not move: a blocker, a score under the `major` band, or too little data;
/// 2. `linux-container` when its placement is a Linux image (a cross-platform runtime and nothing
///    tying it to Windows, `WindowsTie`, with `targets.linux` on);
/// 3. `windows-container` otherwise, on the scenario's platform.
/// An application that must be Hyper-V isolated on a platform without Hyper-V isolation has the
/// blocker `hyperv-platform-unavailable`, so it lands in 1.
public struct Target: Hashable, Codable, Sendable {
  public enum Kind: String, Codable, Sendable, CaseIterable, Hashable {
    case windowsContainer = "windows-container"
    case linuxContainer = "linux-container"
    case server
  }

  public var kind: Kind
  /// Where the container runs; `nil` for `server`.
  public var platform: TargetPlatform?
  public var reason: String

  public init(kind: Kind, platform: TargetPlatform?, reason: String) {
    self.kind = kind
    self.platform = platform
    self.reason = reason
  }

  /// The target of an application with `verdict`, `findings` and `placement` under `scenario`.
  public static func decide(
    verdict: Verdict, score: Double, confidence: Double, findings: [Finding], placement: Placement,
    scenario: Scenario
  ) -> Target {
    switch verdict {
    case .unsuitable:
      let blockers = findings.filter(\.isBlocker).map { RuleRegistry.title(ofFinding: $0.id) }
      let why =
        blockers.isEmpty
        ? "score \(ReportNumber.compact(score)) is under the major band (\(ReportNumber.compact(scenario.scoring.bands.major)))"
        : "blocker: " + blockers.joined(separator: "; ")
      return Target(kind: .server, platform: nil, reason: "stays on a server: \(why)")
    case .insufficientData:
      return Target(
        kind: .server, platform: nil,
        reason: "stays on its server until its data is collected: confidence \(ReportNumber.compact(confidence)) is "
          + "under scoring.min_confidence (\(ReportNumber.compact(scenario.scoring.minConfidence)))")
    case .ready, .minor, .major:
      switch placement.os {
      case .linux: return Target(kind: .linuxContainer, platform: scenario.platform, reason: placement.osReason)
      case .windows:
        return Target(kind: .windowsContainer, platform: scenario.platform, reason: placement.osReason)
      }
    }
  }
}

/// Numbers in reasons: at most two decimals, no trailing zeros (`0.36`, `40`).
enum ReportNumber {
  static func compact(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
