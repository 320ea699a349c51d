import ContainerFitModel

/// Chooses the LTSC build of an application's container image from the build its server runs today
/// and the scenario's allowed host builds (facts.md, "Windows releases and container builds" and
/// Microsoft's compatibility matrix):
/// - a server on a container build that a host may run keeps it (the image matches, the least
///   change to the app);
/// - a server on a container build no allowed host runs keeps it too when a newer allowed host can
///   run it under Hyper-V, unless the app must run process-isolated: then the image is rebuilt on
///   the oldest allowed build at or above it (older apps usually run on newer Windows);
/// - a server newer than every allowed host is rebuilt on the newest allowed build;
/// - a server older than 2016 has no container base and is re-platformed onto the oldest allowed
///   build from 2019 on (facts.md: "re-platform onto a 2019+ base");
/// - an unknown build assumes the oldest allowed build.
public enum ContainerBuildChooser {
  /// A chosen build and why.
  public struct Choice: Hashable, Sendable {
    public var build: Int
    public var reason: String
  }

  /// The scenario's allowed host builds, sorted and unique; the host build when none is given.
  public static func allowedBuilds(_ scenario: Scenario) -> [Int] {
    let builds = Set(scenario.allowedHostBuilds).sorted()
    return builds.isEmpty ? [scenario.host.osBuild] : builds
  }

  /// The container build for an app whose server runs `serverBuild`; `allowed` is sorted and not empty.
  public static func choose(serverBuild: Int?, allowed: [Int], processOnly: Bool) -> Choice {
    let oldest = allowed.first ?? WindowsRelease.server2019.build
    let newest = allowed.last ?? oldest
    guard let serverBuild else {
      return Choice(
        build: oldest, reason: "server build unknown; assumed \(label(oldest)), the oldest allowed host build")
    }
    let allowedText = "allowed_host_builds = \(allowed.map(String.init).joined(separator: ", "))"
    if serverBuild < WindowsRelease.server2016.build {
      let target = allowed.first { $0 >= WindowsRelease.server2019.build } ?? oldest
      return Choice(
        build: target,
        reason: "\(label(serverBuild)) has no container base image; re-platformed onto \(label(target)), "
          + "the oldest allowed 2019+ build")
    }
    if allowed.contains(serverBuild) {
      return Choice(
        build: serverBuild, reason: "matches the server's build, \(label(serverBuild)), an allowed host build")
    }
    let isContainerBuild = WindowsRelease.containerReleases.contains { $0.build == serverBuild }
    let newerHostRunsIt = allowed.contains { host in
      !BuildCompatibility.modes(image: serverBuild, host: host).subtracting(processOnly ? [.hyperv] : []).isEmpty
    }
    if isContainerBuild, newerHostRunsIt {
      return Choice(
        build: serverBuild,
        reason: "matches the server's build, \(label(serverBuild)); no allowed host runs that build (\(allowedText)), "
          + "a newer host runs the image")
    }
    if let target = allowed.first(where: { $0 >= serverBuild }) {
      let why = processOnly ? "the app must run process-isolated" : "\(label(serverBuild)) has no LTSC container base"
      return Choice(
        build: target,
        reason: "rebuilt on \(label(target)), the oldest allowed build at or above the server's \(label(serverBuild)): "
          + "\(why) (\(allowedText))")
    }
    return Choice(
      build: newest,
      reason: "the server's \(label(serverBuild)) is newer than every allowed host build (\(allowedText)); "
        + "rebuilt on \(label(newest)), the newest allowed build")
  }
}

extension ContainerBuildChooser {
  /// `ltsc2019 (17763)` for a container build, `Windows Server 2012 R2 (9600)` or `build N` otherwise.
  static func label(_ build: Int) -> String {
    guard let release = WindowsRelease.release(ofBuild: build) else { return "build \(build)" }
    if let tag = release.containerTag { return "\(tag) (\(build))" }
    return "\(release.name) (\(build))"
  }
}
