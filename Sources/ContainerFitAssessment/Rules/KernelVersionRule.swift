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
    whose image is rebuilt on another release than its server's today must be tested there. An image \
    that no allowed host runs at its build needs Hyper-V isolation (CPU overhead, a utility VM per \
    container, and no Hyper-V on ECS). A 2022 image process-isolated on a 2025 host is in the matrix \
    since December 2024 but contradicted by the same page's prose: it must be verified. A base image \
    past the end of its mainstream support (Microsoft's base image lifecycle) gets security fixes only, \
    and one past extended support gets none.
    """
  public static let defaultWeights: [String: Double] = [
    "os-replatform": 15, "os-rebuild": 5, "hyperv-for-build": 5, "build-verify": 2,
    "base-image-mainstream-ended": 5, "base-image-unsupported": 20,
  ]
  public static let defaultEffortDays: [String: Double] = [
    "os-replatform": 5, "os-rebuild": 2, "hyperv-for-build": 1, "build-verify": 0.5,
    "base-image-mainstream-ended": 2, "base-image-unsupported": 5,
  ]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "base-image-mainstream-ended": "The base image is past mainstream support",
    "base-image-unsupported": "The base image is past extended support",
    "build-verify": "A 2022 image process-isolated on a 2025 host: verify",
    "hyperv-for-build": "Hyper-V isolation only to run the build on an allowed host",
    "os-rebuild": "The image is built on another Windows release than the server's",
    "os-replatform": "The server's Windows has no container base: re-platform",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean, server: Server(id: "srv-2012", osBuild: 9600)),
      RuleExample(RuleExample.clean, server: Server(id: "srv-2019", osBuild: 17763)),
      RuleExample(RuleExample.clean, server: Server(id: "srv-2016", osBuild: 14393)),
      RuleExample(RuleExample.clean, server: Server(id: "srv-2025", osBuild: 26100)),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-4.8" })]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    let placement = context.placement
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
              + "that release before the move."))
      }
    }
    if needsHypervForBuild(app, context) {
      findings.append(
        context.finding(
          Self.id, "hyperv-for-build",
          evidence: "no allowed host runs build \(placement.containerBuild) (allowed_host_builds = "
            + "\(context.scenario.allowedHostBuilds.map(String.init).joined(separator: ", "))); Hyper-V isolation "
            + "on a \(placement.hostBuild) host",
          remediation: "Rebuild the image on an allowed build to run it process-isolated, or keep Hyper-V "
            + "isolation and plan for its CPU overhead, a utility VM per container and self-managed hosts "
            + "(ECS runs Windows tasks process-isolated only)."))
    }
    if placement.needsVerification {
      findings.append(
        context.finding(
          Self.id, "build-verify",
          evidence: "\(label(placement.containerBuild)) image process-isolated on a \(label(placement.hostBuild)) "
            + "host: newer documentation; verify",
          remediation: "Verify the combination on a test host before relying on it: Microsoft's matrix allows it "
            + "since December 2024 but its prose says mismatched builds are blocked; fall back to Hyper-V "
            + "isolation or an image of the host's build."))
    }
    if let support = supportFinding(placement, context) { findings.append(support) }
    return findings
  }

  /// The server's build, the placement's builds and isolation, and whether Hyper-V is there for the build.
  public func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey? {
    let placement = context.placement
    let flags =
      (placement.isolation == .hyperv ? 1 : 0) | (placement.needsVerification ? 2 : 0)
      | (needsHypervForBuild(app, context) ? 4 : 0)
    return RuleMemoKey(context.serverBuild ?? -1, placement.containerBuild, placement.hostBuild, flags)
  }
}

extension KernelVersionRule {
  /// True when the app runs Hyper-V-isolated only because no allowed host runs its build.
  fileprivate func needsHypervForBuild(_ app: Application, _ context: RuleContext) -> Bool {
    let placement = context.placement
    return placement.isolation == .hyperv && placement.hostBuild != placement.containerBuild
      && IsolationChooser.constraint(for: app, scenario: context.scenario) == nil
  }

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
