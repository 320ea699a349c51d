/// Windows Server releases that matter for containers, with their kernel builds, container base
/// tags and base-image lifecycle (facts.md, "Windows releases and container builds"; source:
/// Microsoft Learn, "Windows container version compatibility" and "base image lifecycle", 2025).
public struct WindowsRelease: Hashable, Codable, Sendable {
  public var name: String
  public var build: Int
  /// The container base tag (`ltsc2019`), or `nil` when the release has no container base.
  public var containerTag: String?
  /// ISO dates (`YYYY-MM-DD`) when the base image's mainstream and extended support end.
  public var mainstreamEnd: String?
  public var extendedEnd: String?

  public static let server2012R2 = WindowsRelease(
    name: "Windows Server 2012 R2", build: 9600, containerTag: nil, mainstreamEnd: nil, extendedEnd: nil)
  public static let server2016 = WindowsRelease(
    name: "Windows Server 2016", build: 14393, containerTag: "ltsc2016", mainstreamEnd: "2022-01-11",
    extendedEnd: "2027-01-11")
  public static let server2019 = WindowsRelease(
    name: "Windows Server 2019", build: 17763, containerTag: "ltsc2019", mainstreamEnd: "2024-01-09",
    extendedEnd: "2029-01-09")
  public static let server2022 = WindowsRelease(
    name: "Windows Server 2022", build: 20348, containerTag: "ltsc2022", mainstreamEnd: "2026-10-13",
    extendedEnd: "2031-10-14")
  public static let server2025 = WindowsRelease(
    name: "Windows Server 2025", build: 26100, containerTag: "ltsc2025", mainstreamEnd: "2029-10-09",
    extendedEnd: "2034-10-10")

  /// The releases with a container base, oldest first.
  public static let containerReleases: [WindowsRelease] = [server2016, server2019, server2022, server2025]
  /// Every known release, oldest first.
  public static let all: [WindowsRelease] = [server2012R2] + containerReleases

  /// The release of a build (exact match), if known.
  public static func release(ofBuild build: Int) -> WindowsRelease? { all.first { $0.build == build } }

  /// The build named by an OS name such as `Windows Server 2019 Datacenter` or
  /// `Microsoft Windows Server 2016 or later (64-bit)`; `nil` when no year is recognised.
  public static func build(fromOSName name: String) -> Int? {
    let lower = name.lowercased()
    // Byte search: `contains` resolved to Foundation's `range(of:)`, a visible share of scoring a
    // million applications (the build is derived for every application on a server without one).
    let bytes = Array(lower.utf8)
    func contains(_ needle: StaticString) -> Bool {
      let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
      guard pattern.count <= bytes.count else { return false }
      return (0...(bytes.count - pattern.count)).contains { start in
        pattern.indices.allSatisfy { bytes[start + $0] == pattern[$0] }
      }
    }
    guard contains("windows") else { return nil }
    // "NT 10.0.17763" (AWS Discovery) and "10.0.17763" version strings carry the build itself.
    if bytes.contains(UInt8(ascii: ".")), let build = buildNumberInVersionString(lower) { return build }
    let table: [(StaticString, Int)] = [
      ("2025", 26100), ("2022", 20348), ("2019", 17763), ("2016", 14393), ("2012 r2", 9600), ("2012r2", 9600),
      ("2012", 9200), ("2008 r2", 7601), ("2008r2", 7601), ("2008", 6002), ("2003", 3790),
    ]
    for (year, build) in table where contains(year) { return build }
    return nil
  }

  private static func buildNumberInVersionString(_ text: String) -> Int? {
    // Looks for "6.x.NNNN" or "10.0.NNNNN".
    let tokens = text.split(whereSeparator: { !($0.isNumber || $0 == ".") })
    for token in tokens {
      let parts = token.split(separator: ".")
      if parts.count >= 3, let major = Int(parts[0]), major == 10 || major == 6, let build = Int(parts[2]),
        build >= 3000
      {
        return build
      }
    }
    return nil
  }
}

/// Which isolation modes let a container image of one build run on a host of another build
/// (facts.md, Microsoft's compatibility matrix).
public enum BuildCompatibility {
  /// Modes in which an image of `imageBuild` runs on a host of `hostBuild`; empty when none.
  public static func modes(image imageBuild: Int, host hostBuild: Int) -> Set<Isolation> {
    if imageBuild > hostBuild { return [] }  // Hyper-V never runs a newer image on an older host.
    if imageBuild == hostBuild { return [.process, .hyperv] }
    if hostBuild == WindowsRelease.server2025.build, imageBuild == WindowsRelease.server2022.build {
      return [.process, .hyperv]  // Documented since Dec 2024, contradicted by the prose: "verify".
    }
    return [.hyperv]
  }

  /// True for the combination the matrix allows but Microsoft's prose contradicts
  /// (2022 image process-isolated on a 2025 host): reports mark it "newer documentation; verify".
  public static func needsVerification(image imageBuild: Int, host hostBuild: Int, isolation: Isolation) -> Bool {
    isolation == .process && imageBuild == WindowsRelease.server2022.build
      && hostBuild == WindowsRelease.server2025.build
  }
}
