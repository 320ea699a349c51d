import ContainerFitModel

/// Where and how an application would run as a container: its base image, the build of that image,
/// the host build it lands on and the isolation mode, each with the reason a report shows.
/// Decided before the rules run, because some rules judge the decision.
public struct Placement: Hashable, Codable, Sendable {
  public var baseImage: BaseImage
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

  /// Decides the placement of `app` on `server` under `scenario`.
  public static func decide(for app: Application, on server: Server, scenario: Scenario) -> Placement {
    let constraint = IsolationChooser.constraint(for: app, scenario: scenario)
    let allowed = ContainerBuildChooser.allowedBuilds(scenario)
    let build = ContainerBuildChooser.choose(
      serverBuild: server.effectiveBuild, allowed: allowed, processOnly: constraint?.mode == .process)
    let isolation = IsolationChooser.choose(containerBuild: build.build, allowed: allowed, constraint: constraint)
    let image = BaseImageChooser.choose(for: app, build: build.build)
    let size = ImageSizeEstimator.estimate(for: app, image: image.image, build: build.build)
    return Placement(
      baseImage: image.image, baseImageReason: image.reason, needsFramework35: image.needsFramework35,
      containerBuild: build.build, buildReason: build.reason, hostBuild: isolation.hostBuild,
      isolation: isolation.mode, isolationReason: isolation.reason,
      needsVerification: BuildCompatibility.needsVerification(
        image: build.build, host: isolation.hostBuild, isolation: isolation.mode),
      imageSizeGB: size.totalGB)
  }
}
