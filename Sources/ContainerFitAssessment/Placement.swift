import ContainerFitModel

/// Where and how an application would run as a container: the OS of its image and why, its base
/// image, the build of that image, the host build it lands on and the isolation mode, each with the
/// reason a report shows. Decided before the rules run, because some rules judge the decision.
public struct Placement: Hashable, Codable, Sendable {
  /// Linux for a cross-platform application with nothing tying it to Windows (`WindowsTie`) when the
  /// scenario allows Linux targets; Windows otherwise.
  public var os: ContainerOS
  /// Why that OS: what ties the application to Windows, or that nothing does.
  public var osReason: String
  public var baseImage: BaseImage
  /// The full reference of the image (`mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022`).
  public var imageReference: String
  public var baseImageReason: String
  /// True when the image needs the .NET Framework 3.5 feature layer.
  public var needsFramework35: Bool
  /// The LTSC build of the container image (17763, 20348, 26100, ...); `Placement.noWindowsBuild`
  /// for a Linux image.
  public var containerBuild: Int
  public var buildReason: String
  /// The Windows build of the host the container runs on; `Placement.noWindowsBuild` for Linux.
  public var hostBuild: Int
  public var isolation: Isolation
  public var isolationReason: String
  /// Estimated image size on disk in GB.
  public var imageSizeGB: Double

  static let noWindowsBuild = ContainerOS.noWindowsBuild

  /// Decides the placement of `app` on `server` under `scenario`, on a run dated `asOf` (the
  /// migration horizon counts from it).
  public static func decide(
    for app: Application, on server: Server, scenario: Scenario, asOf: String = Facts.supportStatusDate.value
  ) -> Placement {
    let runtime = app.parsedRuntime
    return decide(
      for: app, runtime: runtime, scenario: scenario, windowsTie: WindowsTie.reason(for: app, runtime: runtime),
      hosting: {
        HostingDecision.decide(
          for: app, serverBuild: server.effectiveBuild, scenario: scenario,
          horizonEnd: horizonEnd(scenario: scenario, asOf: asOf))
      },
      image: { BaseImageChooser.choose(for: app, runtime: runtime, build: $0) })
  }

  /// The one way a placement is made from its decisions: the OS (Linux when nothing ties the app to
  /// Windows and the scenario allows it), then for Windows the hosting half (which chooses the
  /// container build), the base image for that build, and the image's size. `decide` hands it the
  /// decisions as made; a worker's `PlacementCache` the same decisions remembered.
  static func decide(
    for app: Application, runtime: Runtime?, scenario: Scenario, windowsTie: String?,
    hosting: () -> HostingDecision, image: (_ build: Int) -> BaseImageChooser.Choice
  ) -> Placement {
    guard let windowsTie else {
      if scenario.targets.linux { return linux(for: app, runtime: runtime) }
      return windows(
        for: app, runtime: runtime, osReason: "nothing ties it to Windows, but targets.linux = false",
        hosting: hosting(), image: image)
    }
    return windows(for: app, runtime: runtime, osReason: windowsTie, hosting: hosting(), image: image)
  }

  /// The ISO date a chosen image's support should outlast: `migration.horizon_months` after `asOf`.
  public static func horizonEnd(scenario: Scenario, asOf: String) -> String {
    ContainerBuildChooser.date(asOf, plusMonths: scenario.migration.horizonMonths)
  }
}

extension Placement {
  /// A Windows container: the hosting half, the base image for its build, the image's size.
  fileprivate static func windows(
    for app: Application, runtime: Runtime?, osReason: String, hosting: HostingDecision,
    image: (_ build: Int) -> BaseImageChooser.Choice
  ) -> Placement {
    let build = hosting.build.build
    let choice = image(build)
    let size = ImageSizeEstimator.estimate(for: app, runtime: runtime, image: choice.image, build: build)
    return Placement(
      os: .windows, osReason: osReason, baseImage: choice.image, imageReference: choice.reference,
      baseImageReason: choice.reason, needsFramework35: choice.needsFramework35, containerBuild: build,
      buildReason: hosting.build.reason, hostBuild: hosting.isolation.hostBuild, isolation: hosting.isolation.mode,
      isolationReason: hosting.isolation.reason,
      imageSizeGB: size.totalGB)
  }

  /// A Linux container: the runtime's Linux image, no Windows build, no isolation choice.
  fileprivate static func linux(for app: Application, runtime: Runtime?) -> Placement {
    let size = ImageSizeEstimator.estimate(for: app, runtime: runtime, image: .linux, build: noWindowsBuild)
    return Placement(
      os: .linux, osReason: linuxReason, baseImage: .linux,
      imageReference: ImageReference.linuxReference(runtime: runtime, kind: app.kind),
      baseImageReason: "the Linux image of its runtime", needsFramework35: false, containerBuild: noWindowsBuild,
      buildReason: "Linux container: no Windows build", hostBuild: noWindowsBuild, isolation: .process,
      isolationReason: "Linux container: no Windows isolation mode",
      imageSizeGB: size.totalGB)
  }

  /// Why an application goes to a Linux container.
  static let linuxReason = "a cross-platform runtime and nothing that ties it to Windows"
}
