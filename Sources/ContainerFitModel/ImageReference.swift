/// The full reference of the image an application's container is built from (registry, repository
/// and tag), from its base image family, runtime, kind and container build, as Microsoft publishes
/// them after the 2025 consolidation (facts.md, 2026-12 update, "Images"):
/// - .NET Framework: `mcr.microsoft.com/dotnet/framework/aspnet` (IIS sites) or `.../runtime`, 4.8.1
///   on ltsc2022 and ltsc2025, 4.8 on ltsc2019 and ltsc2016; there are no 3.5 images, so a 3.5
///   application starts from Server Core and enables NetFx3;
/// - .NET: `mcr.microsoft.com/dotnet/aspnet` (web kinds) or `.../runtime`, on Nano Server or Server
///   Core; 10.0 is published for ltsc2022 and ltsc2025 only;
/// - otherwise the OS image: `windows/nanoserver` (tag `1809` for 2019), `windows/servercore`
///   (`windows/servercore/iis` for an IIS site), `windows/server`, or `windows:1809`.
public enum ImageReference {
  /// The reference for an image of `family` on `build`.
  public static func reference(
    family: BaseImage, runtime: Runtime?, kind: ApplicationKind?, build: Int, needsFramework35: Bool
  ) -> String {
    let registry = "mcr.microsoft.com"
    let tag = osTag(build)
    let isWeb = kind == .iisSite
    switch family {
    case .servercore:
      if runtime?.family == .dotnetFramework, !needsFramework35 {
        let version = build >= WindowsRelease.server2022.build ? "4.8.1" : "4.8"
        return "\(registry)/dotnet/framework/\(isWeb ? "aspnet" : "runtime"):\(version)-windowsservercore-\(tag)"
      }
      if runtime?.family == .dotnet, let version = dotnetTag(runtime, build: build) {
        return "\(registry)/dotnet/\(isWeb ? "aspnet" : "runtime"):\(version)-windowsservercore-\(tag)"
      }
      if isWeb, !needsFramework35 { return "\(registry)/windows/servercore/iis:windowsservercore-\(tag)" }
      return "\(registry)/windows/servercore:\(tag)"
    case .nanoserver:
      let nanoTag = build == WindowsRelease.server2019.build ? "1809" : tag
      if runtime?.family == .dotnet, let version = dotnetTag(runtime, build: build) {
        return "\(registry)/dotnet/\(isWeb ? "aspnet" : "runtime"):\(version)-nanoserver-\(nanoTag)"
      }
      return "\(registry)/windows/nanoserver:\(nanoTag)"
    case .server:
      return "\(registry)/windows/server:\(tag)"
    case .windows:
      return "\(registry)/windows:1809"
    case .linux:
      return linuxReference(runtime: runtime, kind: kind)
    }
  }

  /// The Linux image of a cross-platform runtime: .NET 10 LTS (or the app's newer release) from
  /// Microsoft's registry, `aspnet` for web kinds; the app's own Java, Node.js or Python release from
  /// the official Docker images (Eclipse Temurin JRE, `-slim` variants); a distroless static image
  /// for Go, whose binaries carry their runtime.
  public static func linuxReference(runtime: Runtime?, kind: ApplicationKind?) -> String {
    let version = runtime?.version.flatMap { $0.isEmpty ? nil : $0 }
    switch runtime?.family {
    case .dotnet?:
      let major = runtime?.majorVersion.map { $0 > 10 ? "\($0).0" : "10.0" } ?? "10.0"
      return "mcr.microsoft.com/dotnet/\(kind == .iisSite ? "aspnet" : "runtime"):\(major)"
    case .java?: return "eclipse-temurin:\(runtime?.majorVersion.map(String.init) ?? "21")-jre"
    case .node?: return "node:\(runtime?.majorVersion.map(String.init) ?? "24")-slim"
    case .python?: return "python:\(version ?? "3")-slim"
    case .go?: return "gcr.io/distroless/static-debian12"
    default: return "mcr.microsoft.com/dotnet/runtime-deps:10.0"
    }
  }

  /// `ltsc2019`, `ltsc2022`, `ltsc2025` (and `ltsc2016`) for a container build.
  static func osTag(_ build: Int) -> String {
    WindowsRelease.release(ofBuild: build)?.containerTag ?? "ltsc2022"
  }

  /// The .NET image version for an application's .NET runtime on `build`: .NET 10 LTS (the upgrade
  /// target, .NET 6 to 9 being out of support) or the app's own newer release on 2022 and later; on
  /// 2019, where .NET 10 is not published, the app's own 8 or 9, else 8 (`nil`: none is published).
  static func dotnetTag(_ runtime: Runtime?, build: Int) -> String? {
    let major = runtime?.version.flatMap { Int($0.split(separator: ".").first ?? "") }
    guard build >= WindowsRelease.server2022.build else {
      switch major {
      case let major? where major >= 10: return nil
      case let major? where major == 9: return "9.0"
      default: return "8.0"
      }
    }
    return major.map { $0 > 10 ? "\($0).0" : "10.0" } ?? "10.0"
  }
}
