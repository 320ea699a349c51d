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

  /// The target of an application with `verdict`, `findings` and `placement` under `scenario`;
  /// `reasons` holds the sentences of the server targets, made once per scenario.
  static func decide(
    verdict: Verdict, findings: [Finding], placement: Placement, scenario: Scenario, reasons: ServerReasons
  ) -> Target {
    switch verdict {
    case .unsuitable:
      // The first blocker in report order names the reason; `blockers` lists them all.
      let blocker = findings.first(where: \.isBlocker)
      return Target(
        kind: .server, platform: nil, reason: blocker.map { reasons.blocked($0.id) } ?? reasons.underMajorBand)
    case .insufficientData:
      return Target(kind: .server, platform: nil, reason: reasons.insufficientData)
    case .ready, .minor, .major:
      return Target(
        kind: placement.os == .linux ? .linuxContainer : .windowsContainer, platform: scenario.platform,
        reason: placement.osReason)
    }
  }

  /// The reasons of the server targets, one shared string each, so a million applications that stay
  /// share a handful of sentences rather than carry one each.
  struct ServerReasons: Sendable {
    private var byBlocker: [String: String]
    let underMajorBand: String
    let insufficientData: String

    init(scenario: Scenario) {
      byBlocker = RuleRegistry.findingTitles.mapValues { "stays on a server: blocker: \($0)" }
      underMajorBand =
        "stays on a server: its score is under the major band (\(NumberText.compact(scenario.scoring.bands.major)))"
      insufficientData =
        "stays on its server until its data is collected: its confidence is under scoring.min_confidence "
        + "(\(NumberText.compact(scenario.scoring.minConfidence)))"
    }

    func blocked(_ id: String) -> String { byBlocker[id] ?? "stays on a server: blocker: \(id)" }
  }
}
