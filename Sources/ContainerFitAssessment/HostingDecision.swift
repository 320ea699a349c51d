import ContainerFitModel

/// The build and isolation half of a placement: the container build, the host build and the mode,
/// with their reasons. It depends only on the server's
/// build, the app's isolation constraint, the scenario and the horizon's end, so a worker decides
/// it once per distinct pair (`PlacementCache`).
struct HostingDecision: Sendable {
  var build: ContainerBuildChooser.Choice
  var isolation: IsolationChooser.Choice

  /// The hosting half for `app` on a server of `serverBuild`; `horizonEnd` is the ISO date the
  /// image's support should outlast.
  static func decide(for app: Application, serverBuild: Int?, scenario: Scenario, horizonEnd: String) -> HostingDecision
  {
    decide(
      serverBuild: serverBuild, constraint: IsolationChooser.constraint(for: app, scenario: scenario),
      scenario: scenario, horizonEnd: horizonEnd)
  }

  static func decide(
    serverBuild: Int?, constraint: IsolationChooser.Constraint?, scenario: Scenario, horizonEnd: String
  ) -> HostingDecision {
    let allowed = ContainerBuildChooser.allowedBuilds(scenario)
    let build = ContainerBuildChooser.choose(
      serverBuild: serverBuild, allowed: allowed, horizonEnd: horizonEnd, scenario: scenario)
    let isolation = IsolationChooser.choose(containerBuild: build.build, constraint: constraint)
    return HostingDecision(build: build, isolation: isolation)
  }
}
