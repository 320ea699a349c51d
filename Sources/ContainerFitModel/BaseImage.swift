/// The container base images: the Windows ones smallest first, then a Linux image of the app's
/// runtime for applications that target Linux containers.
public enum BaseImage: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
  /// .NET 6+, Go, Node; no .NET Framework, no IIS, one font.
  case nanoserver
  /// .NET Framework, IIS, most services.
  case servercore
  /// "Windows Server" (ltsc2022+): fuller API surface (fonts, printing, DirectX).
  case server
  /// "Windows" (1809/ltsc2019): the fuller image before `server` existed; not published for 2025.
  case windows
  /// A Linux image that carries the app's runtime (`mcr.microsoft.com/dotnet/aspnet:10.0`,
  /// `eclipse-temurin:21-jre`, ...): no Windows build, no Windows licence.
  case linux

  public static func < (lhs: BaseImage, rhs: BaseImage) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// The on-disk size of this base image for a build, with its source (facts.md, "Base images").
  /// ltsc2025 sizes are not published: the 2022 figures are assumed and labelled.
  public func onDiskSize(build: Int) -> Fact<Double> {
    let is2019OrOlder = build <= WindowsRelease.server2019.build
    let is2025 = build >= WindowsRelease.server2025.build
    let fact: Fact<Double>
    switch self {
    case .nanoserver:
      fact =
        is2019OrOlder
        ? Fact(0.25, source: "Microsoft docs: nanoserver 1809 on disk 0.25 GB")
        : Fact(0.30, source: "Microsoft docs: nanoserver ltsc2022 on disk 0.30 GB")
    case .servercore:
      fact =
        is2019OrOlder
        ? Fact(4.84, source: "Microsoft docs: servercore ltsc2019 on disk 4.84 GB")
        : Fact(4.0, source: "facts.md: servercore ltsc2022 ~4 GB on disk (estimate)", assumption: true)
    case .server:
      fact = Fact(9.0, source: "facts.md: server ltsc2022 ~9 GB on disk (estimate)", assumption: true)
    case .windows:
      fact = Fact(12.0, source: "Microsoft docs: windows 1809 on disk 12 GB")
    case .linux:
      return Fact(
        0.25, source: "assumption: Linux runtime images (.NET, Java, Node.js, Python) are 0.1–0.3 GB on disk",
        assumption: true)
    }
    guard is2025 else { return fact }
    return Fact(fact.value, source: fact.source + "; ltsc2025 not published, 2022 figure assumed", assumption: true)
  }

  /// `onDiskSize(build:).value` without its source text: ltsc2025 takes the 2022 figure, and naming
  /// that assumption joined a text for every application.
  public func onDiskGB(build: Int) -> Double {
    onDiskSize(build: min(build, WindowsRelease.server2022.build)).value
  }

  /// The compressed (pull) size in GB for a build, where published.
  public func compressedSize(build: Int) -> Fact<Double>? {
    let is2019OrOlder = build <= WindowsRelease.server2019.build
    switch self {
    case .nanoserver: return Fact(0.1, source: "Microsoft (Jan 2023): nanoserver < 0.1 GB compressed")
    case .servercore:
      return is2019OrOlder
        ? Fact(1.54, source: "Microsoft (Jan 2023): servercore ltsc2019 1.54 GB compressed")
        : Fact(1.25, source: "Microsoft (Jan 2023): servercore ltsc2022 1.25 GB compressed")
    case .server: return Fact(3.13, source: "Microsoft (Jan 2023): server ltsc2022 3.13 GB compressed")
    case .windows: return Fact(3.68, source: "Microsoft (Jan 2023): windows 1809 3.68 GB compressed")
    case .linux: return nil
    }
  }

  /// Whether this image is published for a build (`server` from 2022, `windows` up to 2022).
  public func isPublished(forBuild build: Int) -> Bool {
    switch self {
    case .nanoserver, .servercore, .linux: return true
    case .server: return build >= WindowsRelease.server2022.build
    case .windows: return build >= WindowsRelease.server2019.build && build < WindowsRelease.server2025.build
    }
  }
}
