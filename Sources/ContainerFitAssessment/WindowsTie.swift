import ContainerFitModel

/// What ties an application to Windows (targets-and-economics.md §1): a Windows-only runtime, or a
/// feature Linux containers do not have. An application with none of them, on a cross-platform
/// runtime (.NET 6 and later, Java, Node.js, Python, Go), can target Linux containers: no Windows
/// licence, smaller images. A field the inventory does not give counts as a tie, so an unknown is
/// never taken for "nothing Windows-bound"; the reason names it.
///
/// The reason is in two halves so a worker can remember each by a cheap key: the runtime's (by its
/// text) and the other fields' (fixed sentences, and the dependency list by its bits).
public enum WindowsTie {
  /// Dependencies only Windows provides: COM+, MSDTC, MSMQ, the GAC, Windows authentication (which
  /// Kerberos on Linux replaces only with work the inventory cannot show), 32-bit code, Office
  /// interop, fonts or printing, DirectX, kernel drivers, MSI installers, infrastructure roles,
  /// database engines and Win32 shared memory. An SMB share (mounted by the host) and a non-HTTP
  /// binding (a port) do not tie an application to Windows.
  public static let windowsOnlyDependencies: Set<Dependency> = Set(Dependency.allCases).subtracting([
    .smbShare, .nonHTTPBinding,
  ])

  /// Why `app` needs Windows, as a sentence a report shows, or `nil` when it can run in a Linux
  /// container.
  public static func reason(for app: Application, runtime: Runtime?) -> String? {
    runtimeReason(runtime) ?? fieldReason(app, dependencies: dependencyReason)
  }

  /// Why the runtime ties the application to Windows, or `nil` for a cross-platform one.
  static func runtimeReason(_ runtime: Runtime?) -> String? {
    guard let runtime else { return "kept on Windows while the runtime is unknown" }
    switch runtime.family {
    case .dotnet:
      guard let major = runtime.majorVersion else { return "kept on Windows while the .NET version is unknown" }
      guard major >= 6 else {
        return "needs Windows: runtime \(runtime.raw) (.NET before 6 is not taken as cross-platform)"
      }
      return nil
    case .java, .node, .python, .go: return nil
    case .dotnetFramework, .classicASP, .native, .other:
      return "needs Windows: runtime \(runtime.raw) runs on Windows only"
    }
  }

  /// Why the application's other fields tie it to Windows, or `nil` when none does; `dependencies`
  /// words a non-empty set of Windows-only dependencies.
  static func fieldReason(_ app: Application, dependencies words: (Set<Dependency>) -> String) -> String? {
    guard let kind = app.kind else { return "kept on Windows while kind is unknown" }
    if kind == .desktop { return "needs Windows: kind = desktop" }
    switch app.gui {
    case nil: return "kept on Windows while gui is unknown"
    case .optional?: return "needs Windows: gui = optional"
    case .required?: return "needs Windows: gui = required"
    case .none?: break
    }
    guard let dependencies = app.dependencies else { return "kept on Windows while dependencies is unknown" }
    let windowsOnly = dependencies.intersection(windowsOnlyDependencies)
    if !windowsOnly.isEmpty { return words(windowsOnly) }
    switch app.registryState {
    case nil: return "kept on Windows while registry_state is unknown"
    case .read?: return "needs Windows: registry_state = read"
    case .write?: return "needs Windows: registry_state = write"
    case .none?: break
    }
    switch app.logTarget {
    case nil: return "kept on Windows while log_target is unknown"
    case .eventlog?: return "needs Windows: log_target = eventlog"
    case .stdout?, .file?: break
    }
    switch app.codePageSensitive {
    case nil: return "kept on Windows while code_page_sensitive is unknown"
    case true?: return "needs Windows: code_page_sensitive = true"
    case false?: break
    }
    if app.isolationRequired == .hyperv { return "needs Windows: isolation_required = hyperv" }
    return nil
  }

  /// `needs Windows: com+, msmq` for the Windows-only dependencies of an application.
  static func dependencyReason(_ windowsOnly: Set<Dependency>) -> String {
    "needs Windows: " + windowsOnly.sorted().map(\.rawValue).joined(separator: ", ")
  }
}
