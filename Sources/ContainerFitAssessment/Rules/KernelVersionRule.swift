import ContainerFitModel

/// Kernel and OS version: the image's build against the host's, and the support life of the base.
public struct KernelVersionRule: AssessmentRule {
  public static let id = "kernel-version"
  public static let title = "Kernel and OS version"
  public static let description = """
    Process isolation needs the container's base image build to equal the host's; Hyper-V isolation \
    lets a newer host run an older image, never the reverse (seed article; Microsoft's compatibility \
    matrix, facts.md "Windows releases and container builds"). An application on an OS older than \
    Windows Server 2016 has no container base image and is re-platformed onto a 2019 or later base; one \
    whose image is built on another release than its server's today (the newest the platform allows, \
    targets-and-economics.md §2) must be tested there: that costs a day, not points, since every \
    containerisation builds a new image. The image is built on a build an allowed host runs, so it \
    runs process-isolated on a host of exactly its build. A base image \
    past the end of its mainstream support (Microsoft's base image lifecycle) gets security fixes only, \
    and one past extended support gets none.
    """
  public static let defaultWeights: [String: Double] = [
    "os-replatform": 15, "os-rebuild": 0,
    "base-image-mainstream-ended": 5, "base-image-unsupported": 20,
  ]
  public static let defaultEffortDays: [String: Double] = [
    "os-replatform": 5, "os-rebuild": 1,
    "base-image-mainstream-ended": 2, "base-image-unsupported": 5,
  ]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "base-image-mainstream-ended": "The base image is past mainstream support",
    "base-image-unsupported": "The base image is past extended support",
    "os-rebuild": "The image is built on another Windows release than the server's",
    "os-replatform": "The server's Windows has no container base: re-platform",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean, server: Server(id: "srv-2012", osBuild: 9600)),
      RuleExample(RuleExample.clean, server: Server(id: "srv-2019", osBuild: 17763)),
      RuleExample(RuleExample.clean, server: Server(id: "srv-2016", osBuild: 14393)),
      RuleExample(RuleExample.clean, server: Server(id: "srv-2022", osBuild: 20348)),
      RuleExample(RuleExample.clean, server: Server(id: "srv-2025", osBuild: 26100), scenario: fargate),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-4.8" })]
  }

  /// Fargate runs no Windows Server 2025: a 2025 server's app is rebuilt on ltsc2022 there.
  fileprivate static var fargate: Scenario {
    var scenario = RuleExample.windowsContainers
    scenario.platform = .ecsFargate
    return scenario
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    let placement = context.placement
    guard placement.os == .windows else { return [] }  // A Linux image has no Windows build.
    var findings: [Finding] = []
    if let build = context.serverBuild {
      if build < WindowsRelease.server2016.build {
        findings.append(
          context.finding(
            Self.id, "os-replatform",
            evidence: "server os_build = \(build)\(releaseName(build)): no container base image",
            remediation: "Re-platform onto \(label(placement.containerBuild)): install and test the application "
              + "on that release and fix what breaks; older applications usually run on newer Windows."))
      } else if build != placement.containerBuild {
        findings.append(
          context.finding(
            Self.id, "os-rebuild",
            evidence: "server os_build = \(build); container build = \(placement.containerBuild)",
            remediation: "Build the image on \(label(placement.containerBuild)) and test the application on "
              + "that release before the move\(build > placement.containerBuild ? " (an older release than today's)" : "")."
          ))
      }
    }
    if let support = supportFinding(placement, context) { findings.append(support) }
    return findings
  }

  /// The server's build and the container build decide every finding (the date is fixed for the run).
  public func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey? {
    RuleMemoKey(context.serverBuild ?? -1, context.placement.containerBuild)
  }
}

extension KernelVersionRule {
  fileprivate func label(_ build: Int) -> String { ContainerBuildChooser.label(build) }

  /// ` (Windows Server 2012 R2)` for a known release, empty otherwise.
  fileprivate func releaseName(_ build: Int) -> String {
    WindowsRelease.release(ofBuild: build).map { " (\($0.name))" } ?? ""
  }

  /// A finding when the base image is past the end of its mainstream or extended support.
  fileprivate func supportFinding(_ placement: Placement, _ context: RuleContext) -> Finding? {
    guard let release = WindowsRelease.release(ofBuild: placement.containerBuild),
      let mainstream = release.mainstreamEnd, mainstream < context.asOf
    else { return nil }
    let extended = release.extendedEnd ?? mainstream
    // The next base still in mainstream support on the judging date.
    let newer =
      WindowsRelease.containerReleases.first {
        $0.build > placement.containerBuild && ($0.mainstreamEnd ?? "") > context.asOf
      }?.containerTag ?? "a newer LTSC base"
    if extended < context.asOf {
      return context.finding(
        Self.id, "base-image-unsupported",
        evidence: "\(label(placement.containerBuild)) base image support ended \(extended)",
        remediation: "Rebuild on a supported base image (\(newer) or later): this one receives no security fixes.")
    }
    return context.finding(
      Self.id, "base-image-mainstream-ended",
      evidence: "\(label(placement.containerBuild)) base image mainstream support ended \(mainstream) "
        + "(extended support until \(extended))",
      remediation: "Plan the rebuild on a newer LTSC base (\(newer) or later) before \(extended); the image gets "
        + "security fixes only.")
  }
}
