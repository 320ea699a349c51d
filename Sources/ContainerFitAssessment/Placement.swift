import ContainerFitModel

/// Where and how an application would run as a container: its base image, the build of that image,
/// the host build it lands on and the isolation mode, each with the reason a report shows.
/// Decided before the rules run, because some rules judge the decision.
public struct Placement: Hashable, Codable, Sendable {
  public var baseImage: BaseImage
  /// The full reference of the image (`mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022`).
  public var imageReference: String
  public var baseImageReason: String
  /// True when the image needs the .NET Framework 3.5 feature layer.
  public var needsFramework35: Bool
  /// The LTSC build of the container image (17763, 20348, 26100, ...).
  public var containerBuild: Int
  public var buildReason: String
  /// The Windows build of the host the container runs on.
  public var hostBuild: Int
  public var isolation: Isolation
  public var isolationReason: String
  /// True for a combination Microsoft's matrix allows but its prose contradicts ("verify").
  public var needsVerification: Bool
  /// Estimated image size on disk in GB.
  public var imageSizeGB: Double

  /// Decides the placement of `app` on `server` under `scenario`, on a run dated `asOf` (the
  /// migration horizon counts from it).
  public static func decide(
    for app: Application, on server: Server, scenario: Scenario, asOf: String = Facts.supportStatusDate.value
  ) -> Placement {
    let runtime = app.parsedRuntime
    return decide(
      for: app, runtime: runtime,
      hosting: HostingDecision.decide(
        for: app, serverBuild: server.effectiveBuild, scenario: scenario,
        horizonEnd: horizonEnd(scenario: scenario, asOf: asOf)),
      image: { BaseImageChooser.choose(for: app, runtime: runtime, build: $0) })
  }

  /// The one way a placement is made from its decisions: the hosting half (which chooses the
  /// container build), then the base image for that build, then the image's size. `decide` hands
  /// it the decisions as made; a worker's `PlacementCache` the same decisions remembered.
  static func decide(
    for app: Application, runtime: Runtime?, hosting: HostingDecision,
    image: (_ build: Int) -> BaseImageChooser.Choice
  ) -> Placement {
    let build = hosting.build.build
    let choice = image(build)
    let size = ImageSizeEstimator.estimate(for: app, runtime: runtime, image: choice.image, build: build)
    return Placement(hosting: hosting, image: choice, imageSizeGB: size.totalGB)
  }

  /// The ISO date a chosen image's support should outlast: `migration.horizon_months` after `asOf`.
  public static func horizonEnd(scenario: Scenario, asOf: String) -> String {
    ContainerBuildChooser.date(asOf, plusMonths: scenario.migration.horizonMonths)
  }

  /// The placement made of its two halves and the image size.
  init(hosting: HostingDecision, image: BaseImageChooser.Choice, imageSizeGB: Double) {
    baseImage = image.image
    imageReference = image.reference
    baseImageReason = image.reason
    needsFramework35 = image.needsFramework35
    containerBuild = hosting.build.build
    buildReason = hosting.build.reason
    hostBuild = hosting.isolation.hostBuild
    isolation = hosting.isolation.mode
    isolationReason = hosting.isolation.reason
    needsVerification = hosting.needsVerification
    self.imageSizeGB = imageSizeGB
  }
}
