import ContainerFitModel

/// Chooses the smallest base image that carries what an application needs (PRODUCT.md §3; facts.md
/// "Base images" and "Known blockers and difficulties"):
/// - `nanoserver` for headless .NET 6+, Go and Node apps that are not IIS sites and have no Win32
///   dependency (Nano Server has no .NET Framework, no IIS, no WoW64, no MSI, one font);
/// - `servercore` for .NET Framework (3.5 with its feature layer), classic ASP, IIS and most
///   services, and whenever the runtime is unknown;
/// - `server` (ltsc2022 and later) or `windows` (ltsc2019) for DirectX, fonts, printing and Office
///   interop, which need the fuller API surface.
/// An MSI installer alone keeps Server Core: only some MSIs fail there (error 1723), and the
/// fuller image doubles the size; the dependency's remediation names the fallback.
public enum BaseImageChooser {
  /// A chosen image and why.
  public struct Choice: Hashable, Sendable {
    public var image: BaseImage
    public var reason: String
    public var needsFramework35: Bool
    /// The image's full reference (`ImageReference`), set once the family is chosen.
    public var reference = ""
  }

  /// Dependencies that need the fuller API surface of the `server` / `windows` image.
  public static let fullImageDependencies: [Dependency] = [.directx, .fonts, .officeInterop, .printer]
  /// Dependencies Nano Server can live with: they need no Win32 component inside the image.
  public static let nanoCompatibleDependencies: Set<Dependency> = [.windowsAuth, .smbShare, .nonHTTPBinding]

  /// The base image for `app` when its container is built on `build`.
  public static func choose(for app: Application, build: Int) -> Choice {
    choose(for: app, runtime: app.parsedRuntime, build: build)
  }

  /// The same, with the app's runtime already parsed.
  static func choose(for app: Application, runtime: Runtime?, build: Int) -> Choice {
    var choice = family(for: app, runtime: runtime, build: build)
    choice.reference = ImageReference.reference(
      family: choice.image, runtime: runtime, kind: app.kind, build: build, needsFramework35: choice.needsFramework35)
    return choice
  }

  /// The image family and why.
  private static func family(for app: Application, runtime: Runtime?, build: Int) -> Choice {
    let needs35 = runtime.map(needsFramework35) ?? false
    let fuller = fullImageDependencies.filter { app.dependencies?.contains($0) == true }
    if !fuller.isEmpty {
      let names = fuller.map(\.rawValue).joined(separator: ", ")
      let image: BaseImage = BaseImage.server.isPublished(forBuild: build) ? .server : .windows
      guard image.isPublished(forBuild: build) else {
        return Choice(
          image: .servercore,
          reason: "\(names) need the fuller Windows image, which is not published for build \(build); "
            + "Server Core is the only base",
          needsFramework35: needs35)
      }
      return Choice(
        image: image, reason: "\(names) need the fuller API surface of the \(image) image", needsFramework35: needs35)
    }
    if needs35 {
      return Choice(
        image: .servercore, reason: "\(runtimeText(app)) needs Server Core with the .NET Framework 3.5 layer",
        needsFramework35: true)
    }
    if let blocker = nanoBlocker(app, runtime) {
      return Choice(image: .servercore, reason: blocker, needsFramework35: false)
    }
    return Choice(
      image: .nanoserver,
      reason: "\(runtimeText(app)) runs headless with no Win32 dependency: Nano Server is enough",
      needsFramework35: false)
  }
}

extension BaseImageChooser {
  fileprivate static func runtimeText(_ app: Application) -> String { "runtime = \(app.runtime ?? "unknown")" }

  /// .NET Framework 2.x and 3.x run on the 3.5 image (facts.md: "2.x/3.x → test on 4.x, else the 3.5 image").
  fileprivate static func needsFramework35(_ runtime: Runtime) -> Bool {
    guard runtime.family == .dotnetFramework, let version = runtime.numericVersion else { return false }
    return version >= 2 && version < 4
  }

  /// Why the app cannot use Nano Server, or `nil` when it can.
  fileprivate static func nanoBlocker(_ app: Application, _ runtime: Runtime?) -> String? {
    guard let runtime else { return "runtime unknown: Server Core runs most services" }
    switch runtime.family {
    case .dotnetFramework: return "\(runtimeText(app)): .NET Framework runs on Server Core, not Nano Server"
    case .classicASP: return "\(runtimeText(app)): classic ASP needs IIS on Server Core"
    case .dotnet:
      guard let major = runtime.majorVersion, major >= 6 else {
        return "\(runtimeText(app)): Nano Server images exist for .NET 6 and later only"
      }
    case .go, .node: break
    case .java, .python, .native, .other:
      return "\(runtimeText(app)): Server Core runs most services; Nano Server lacks much of the Win32 API"
    }
    if app.kind == .iisSite { return "kind = iis-site: IIS needs Server Core" }
    if app.kind == nil { return "kind unknown: Server Core runs most services" }
    if app.gui != GUIDependence.none { return "gui = \(app.gui?.rawValue ?? "unknown"): Nano Server has no GUI stack" }
    guard let dependencies = app.dependencies else { return "dependencies unknown: Server Core is the safe base" }
    let win32 = dependencies.subtracting(nanoCompatibleDependencies).sorted()
    if !win32.isEmpty {
      return "\(win32.map(\.rawValue).joined(separator: ", ")) need Win32 components of Server Core"
    }
    return nil
  }
}
