import ContainerFitModel

/// Image size: large images cost pull time on every fresh host and disk on every host.
public struct ImageSizeRule: AssessmentRule {
  public static let id = "image-size"
  public static let title = "Estimated image size"
  public static let description = """
    The estimated image is the base image for the container build (on-disk sizes from Microsoft's \
    documentation; ltsc2025 assumed equal to ltsc2022), plus a runtime layer (framework images add a few \
    hundred MB to about 1 GB over Server Core) plus the installed application (install_size_mb). \
    Microsoft's base layers may be pushed to any registry with the image (redistribution allowed since \
    \(Facts.baseImageRedistributionSince.value), no foreign layers since \(Facts.foreignLayersEndedOn.value): \
    facts.md "2026-12 update"), so a registry near the hosts serves them; still, every fresh host pulls \
    the whole image, so large images cost pull time and host disk. An image \
    above 10 GB, past the ECS guide's 9 GiB planning figure for Windows Server images, costs points; one \
    above 20 GB, the default size of a container's C: drive, costs more.
    """
  public static let defaultWeights: [String: Double] = ["image-size-large": 5, "image-size-very-large": 15]
  public static let defaultEffortDays: [String: Double] = ["image-size-large": 1, "image-size-very-large": 3]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static var findingTitles: [String: String] {
    [
      "image-size-large": "The estimated image is larger than \(NumberText.compact(largeImageGB)) GB",
      "image-size-very-large":
        "The estimated image is larger than a container's \(NumberText.compact(veryLargeImageGB)) GB drive",
    ]
  }

  /// Above this the image is large (GB): past the ECS guide's 9 GiB planning figure.
  public static let largeImageGB = 10.0
  /// Above this the image exceeds a container's default 20 GB C: drive.
  public static let veryLargeImageGB = Facts.containerScratchVirtualGB.value

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.dependencies = [.fonts] }, scenario: only2019),
      RuleExample(RuleExample.clean { $0.installSizeMB = 25_000 }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.runtime = "dotnet-framework-4.8" })]
  }

  /// A scenario that builds on ltsc2019, where the fuller image is the 12 GB `windows` image.
  fileprivate static var only2019: Scenario {
    var scenario = RuleExample.windowsContainers
    scenario.allowedHostBuilds = [17763]
    return scenario
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    let size = context.placement.imageSizeGB
    guard size > Self.largeImageGB else { return [] }
    let evidence = breakdown(app, context)
    if size > Self.veryLargeImageGB {
      return [
        context.finding(
          Self.id, "image-size-very-large", evidence: evidence,
          remediation: "Shrink the image below 20 GB: move data and media out of the install into volumes or "
            + "object storage, or raise the container's storage size (--storage-opt size) and plan host disk for it.")
      ]
    }
    return [
      context.finding(
        Self.id, "image-size-large", evidence: evidence,
        remediation: "Trim the image (multi-stage build, no installers or caches left in layers) and pre-pull "
          + "the base image on hosts so new hosts start quickly.")
    ]
  }
}

extension ImageSizeRule {
  /// `estimated image 12.3 GB = server ltsc2022 9 GB + runtime 0.7 GB + install 2.6 GB`.
  fileprivate func breakdown(_ app: Application, _ context: RuleContext) -> String {
    let placement = context.placement
    let parts = ImageSizeEstimator.estimate(
      for: app, runtime: context.runtime ?? app.parsedRuntime, image: placement.baseImage,
      build: placement.containerBuild)
    let windowsTag = WindowsRelease.release(ofBuild: placement.containerBuild)?.containerTag
    let tag = placement.os == .linux ? "image" : windowsTag ?? "\(placement.containerBuild)"
    return "estimated image \(NumberText.compact(placement.imageSizeGB)) GB = \(placement.baseImage) \(tag) "
      + "\(NumberText.compact(parts.baseGB)) GB + runtime \(NumberText.compact(parts.runtimeLayerGB)) GB + install "
      + "\(NumberText.compact(parts.installGB)) GB"
  }
}
