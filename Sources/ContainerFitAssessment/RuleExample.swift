import ContainerFitModel

/// An application, with the server it runs on, that illustrates a rule; the registry's tests check
/// every example triggers (or does not trigger) its rule as labelled.
public struct RuleExample: Sendable {
  public var app: Application
  public var server: Server
  /// The scenario the example is assessed under: `windowsContainers` unless the example needs
  /// another (a rule that judges a scenario's choice, such as forced process isolation).
  public var scenario: Scenario

  public init(_ app: Application, server: Server = RuleExample.server2025, scenario: Scenario? = nil) {
    self.app = app
    self.server = server
    self.scenario = scenario ?? Self.windowsContainers
  }

  /// The default scenario with Linux targets off: `clean` is a cross-platform app that would
  /// otherwise go to a Linux container, and most rules judge Windows containers.
  public static let windowsContainers = scenario { _ in }

  /// `windowsContainers` with one change.
  public static func scenario(_ change: (inout Scenario) -> Void) -> Scenario {
    var scenario = Scenario()
    scenario.targets.linux = false
    change(&scenario)
    return scenario
  }

  /// A Windows Server 2025 machine with code page 1252, the default of examples: under the default
  /// scenario its applications are built on its own build, so a clean one has no finding at all.
  public static let server2025 = Server(id: "srv-example", osBuild: 26100, ansiCodePage: 1252)

  /// A fully described headless application with nothing to remediate, for examples to vary.
  public static let clean = Application(
    id: "app-example", name: "Example", serverId: "srv-example", kind: .console, runtime: "dotnet-10",
    gui: GUIDependence.none,
    registryState: RegistryState.none, localState: LocalState.none, logTarget: .stdout, codePageSensitive: false,
    inMemoryState: false, installSizeMB: 100, dependencies: [], isolationRequired: .any)

  /// `clean` with one change.
  public static func clean(_ change: (inout Application) -> Void) -> Application {
    var app = clean
    change(&app)
    return app
  }
}
