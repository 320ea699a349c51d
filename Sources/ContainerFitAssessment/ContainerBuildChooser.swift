import ContainerFitModel

/// Chooses the LTSC build of an application's container image (targets-and-economics.md §2).
/// Containerising builds a new image anyway, so the image is not kept on the server's release: it is
/// built on the **newest** build that both the scenario's `allowed_host_builds` and its platform
/// allow (facts.md, 2026-12 update, "Platforms and builds"), which is also the build whose support
/// lasts longest past the migration horizon. Every runtime has an image on ltsc2022 and ltsc2025
/// (facts.md, "Images"), so the runtime narrows nothing further. ltsc2016 is never a target. The
/// reason says when the build is older than the server's own (a downgrade the platform forces), when
/// the server has no container base (re-platform), and when support ends inside the horizon.
public enum ContainerBuildChooser {
  /// A chosen build and why.
  public struct Choice: Hashable, Sendable {
    public var build: Int
    public var reason: String
  }

  /// The builds an image may be built on under `scenario`: its allowed host builds that its platform
  /// runs, oldest first; never empty (the scenario loader rejects a scenario with none, and a
  /// scenario made in code falls back to the platform's newest).
  public static func allowedBuilds(_ scenario: Scenario) -> [Int] {
    let builds = Set(scenario.allowedHostBuilds).intersection(scenario.platform.windowsBuilds)
      .subtracting([WindowsRelease.server2016.build]).sorted()
    return builds.isEmpty ? [scenario.platform.windowsBuilds.last ?? WindowsRelease.server2025.build] : builds
  }

  /// The container build for an app whose server runs `serverBuild`; `allowed` is sorted and not
  /// empty. `horizonEnd` is the ISO date the image's support should outlast.
  public static func choose(serverBuild: Int?, allowed: [Int], horizonEnd: String, scenario: Scenario) -> Choice {
    let build = allowed.last ?? WindowsRelease.server2025.build
    let source = "the newest build that platform \(scenario.platform.rawValue) and allowed_host_builds allow"
    let life = supportText(build, horizonEnd: horizonEnd)
    guard let serverBuild else {
      return Choice(build: build, reason: "\(label(build)), \(source); server build unknown; \(life)")
    }
    if serverBuild < WindowsRelease.server2016.build {
      return Choice(
        build: build,
        reason: "\(label(serverBuild)) has no container base image: re-platformed onto \(label(build)), \(source); "
          + life)
    }
    if serverBuild == build {
      return Choice(build: build, reason: "\(label(build)), \(source), as the server runs today; \(life)")
    }
    if serverBuild > build {
      return Choice(
        build: build,
        reason: "\(label(build)), \(source): older than the server's \(label(serverBuild)), a downgrade to test; "
          + life)
    }
    return Choice(
      build: build, reason: "\(label(build)), \(source), newer than the server's \(label(serverBuild)); \(life)")
  }

  /// The ISO date `months` after `date` (`YYYY-MM-DD`), the day clamped to 28 so it always exists.
  public static func date(_ date: String, plusMonths months: Int) -> String {
    let parts = date.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return date }
    let total = parts[0] * 12 + (parts[1] - 1) + months
    let (year, month) = (total / 12, total % 12 + 1)
    return "\(year)-\(pad(month))-\(pad(min(parts[2], 28)))"
  }
}

extension ContainerBuildChooser {
  /// `ltsc2019 (17763)` for a container build, `Windows Server 2012 R2 (9600)` or `build N` otherwise.
  public static func label(_ build: Int) -> String {
    guard let release = WindowsRelease.release(ofBuild: build) else { return "build \(build)" }
    if let tag = release.containerTag { return "\(tag) (\(build))" }
    return "\(release.name) (\(build))"
  }

  /// Whether the build's base-image support outlasts the horizon, with the dates.
  fileprivate static func supportText(_ build: Int, horizonEnd: String) -> String {
    guard let end = WindowsRelease.release(ofBuild: build)?.extendedEnd else { return "support end unknown" }
    if end >= horizonEnd { return "supported until \(end), past the horizon (\(horizonEnd))" }
    return "supported until \(end) only, before the horizon (\(horizonEnd)): plan the next rebuild"
  }

  fileprivate static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
