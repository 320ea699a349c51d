import ContainerFitModel

/// Chooses process or Hyper-V isolation and the host build (PRODUCT.md §3, facts.md "Code pages and
/// locale" and the compatibility matrix). Constraints, strongest first:
/// 1. the scenario's `isolation: process | hyperv` forces the mode for every app;
/// 2. a code-page-sensitive app runs process-isolated: Hyper-V containers are fixed at UTF-8;
/// 3. `isolation_required: hyperv` asks for Hyper-V;
/// 4. DirectX needs the GPU, which only process isolation reaches.
/// Otherwise the app runs process-isolated. The host is always of the container's own build.
public enum IsolationChooser {
  /// A mode an app must run in, and why.
  public struct Constraint: Hashable, Sendable {
    public var mode: Isolation
    public var reason: String

    public init(mode: Isolation, reason: String) {
      self.mode = mode
      self.reason = reason
    }
  }

  /// The chosen mode and host build, and why.
  public struct Choice: Hashable, Sendable {
    public var mode: Isolation
    public var hostBuild: Int
    public var reason: String
  }

  /// The mode `app` must run in under `scenario`, or `nil` when either will do.
  public static func constraint(for app: Application, scenario: Scenario) -> Constraint? {
    switch scenario.isolation {
    case .process: return Constraint(mode: .process, reason: "scenario isolation = process")
    case .hyperv: return Constraint(mode: .hyperv, reason: "scenario isolation = hyperv")
    case .recommended: break
    }
    if app.codePageSensitive == true {
      return Constraint(
        mode: .process,
        reason: "code_page_sensitive = true: Hyper-V containers are fixed at UTF-8 (65001), so the app runs "
          + "process-isolated on a host with its current code page")
    }
    if app.isolationRequired == .hyperv {
      return Constraint(mode: .hyperv, reason: "isolation_required = hyperv")
    }
    if app.dependencies?.contains(.directx) == true {
      return Constraint(mode: .process, reason: "directx: GPU acceleration works only process-isolated")
    }
    return nil
  }

  /// The mode for a container of `containerBuild`, on a host of that same build: the container
  /// build is always one an allowed host runs (`ContainerBuildChooser`), and a host of the image's
  /// own build runs it in either mode.
  public static func choose(containerBuild: Int, constraint: Constraint?) -> Choice {
    if let constraint {
      return Choice(mode: constraint.mode, hostBuild: containerBuild, reason: constraint.reason)
    }
    return Choice(
      mode: .process, hostBuild: containerBuild,
      reason: "the container build \(ContainerBuildChooser.label(containerBuild)) has an allowed host of the same build"
    )
  }
}
