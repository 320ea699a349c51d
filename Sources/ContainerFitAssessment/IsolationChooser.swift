import ContainerFitModel

/// Chooses process or Hyper-V isolation and the host build (PRODUCT.md §3, facts.md "Code pages and
/// locale" and the compatibility matrix). Constraints, strongest first:
/// 1. the scenario's `isolation: process | hyperv` forces the mode for every app;
/// 2. a code-page-sensitive app runs process-isolated: Hyper-V containers are fixed at UTF-8;
/// 3. `isolation_required: hyperv` asks for Hyper-V;
/// 4. DirectX needs the GPU, which only process isolation reaches.
/// Otherwise the app runs process-isolated on a host of its container build when one is allowed,
/// process-isolated on a newer host where the matrix allows it (2022 on 2025, "verify"), and
/// Hyper-V-isolated on the oldest allowed newer host otherwise.
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

  /// The mode and host build for a container of `containerBuild`; `allowed` is sorted and not empty.
  public static func choose(containerBuild: Int, allowed: [Int], constraint: Constraint?) -> Choice {
    let label = ContainerBuildChooser.label
    let processHost = allowed.first { BuildCompatibility.modes(image: containerBuild, host: $0).contains(.process) }
    let hypervHost = allowed.first { BuildCompatibility.modes(image: containerBuild, host: $0).contains(.hyperv) }
    if let constraint {
      switch constraint.mode {
      case .process:
        let host = processHost ?? containerBuild
        return Choice(mode: .process, hostBuild: host, reason: constraint.reason + onHost(host, containerBuild))
      case .hyperv:
        let host = hypervHost ?? containerBuild
        return Choice(mode: .hyperv, hostBuild: host, reason: constraint.reason + onHost(host, containerBuild))
      }
    }
    if allowed.contains(containerBuild) {
      return Choice(
        mode: .process, hostBuild: containerBuild,
        reason: "the container build \(label(containerBuild)) has an allowed host of the same build")
    }
    if let processHost {
      return Choice(
        mode: .process, hostBuild: processHost,
        reason: "Microsoft's matrix allows \(label(containerBuild)) process-isolated on \(label(processHost)) "
          + "(newer documentation; verify)")
    }
    let host = hypervHost ?? containerBuild
    return Choice(
      mode: .hyperv, hostBuild: host,
      reason: "no allowed host runs \(label(containerBuild)); Hyper-V isolation runs the older image on a "
        + "\(label(host)) host")
  }
}

extension IsolationChooser {
  /// `; on a ltsc2022 (20348) host` when the host build differs from the image's.
  fileprivate static func onHost(_ host: Int, _ image: Int) -> String {
    host == image ? "" : "; on a \(ContainerBuildChooser.label(host)) host"
  }
}
