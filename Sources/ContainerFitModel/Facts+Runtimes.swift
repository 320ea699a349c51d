// Runtime layer sizes, .NET support ends and the default date support status is judged on. The
// layer sizes are not published as single figures, so each is an assumption with its reasoning.

extension Facts {
  // MARK: Runtime layers on top of a base image

  /// The .NET Framework 3.5 feature (NetFx3, enabled in the Dockerfile: there is no 3.5 image) over Server Core.
  public static let dotnetFramework35LayerGB = Fact(
    0.5, source: "Assumption: the 3.5 feature adds a few hundred MB over Server Core (facts.md: framework layers)",
    assumption: true)
  /// The .NET 6+ / ASP.NET Core runtime over Nano Server or Server Core.
  public static let dotnetRuntimeLayerGB = Fact(
    0.1, source: "Assumption: the ASP.NET Core runtime is about 100 MB installed", assumption: true)
  /// A Java runtime (JRE/JDK of a current LTS) layer.
  public static let javaRuntimeLayerGB = Fact(
    0.3, source: "Assumption: an OpenJDK runtime is 200-350 MB installed", assumption: true)
  /// A Node.js runtime layer.
  public static let nodeRuntimeLayerGB = Fact(
    0.1, source: "Assumption: Node.js for Windows is about 100 MB installed", assumption: true)
  /// A CPython runtime layer.
  public static let pythonRuntimeLayerGB = Fact(
    0.15, source: "Assumption: CPython for Windows with pip is about 150 MB installed", assumption: true)
  /// IIS with the classic ASP feature enabled on Server Core.
  public static let iisLayerGB = Fact(
    0.1, source: "Assumption: enabling IIS and its features adds about 100 MB to Server Core", assumption: true)

  // MARK: .NET support

  /// The day support of each .NET (Core) major release ends, by major version (a major's last minor:
  /// 3 is 3.1). The runtime rule compares these with the run date, so a verdict stays true as time
  /// passes; a major newer than every entry is taken as supported.
  public static let dotnetSupportEnds: [Int: Fact<String>] = [
    1: Fact("2019-06-27", source: "dotnet/core releases-index.json: .NET Core 1.x end of life 2019-06-27"),
    2: Fact("2021-08-21", source: "dotnet/core releases-index.json: .NET Core 2.1 end of life 2021-08-21"),
    3: Fact("2022-12-13", source: "dotnet/core releases-index.json: .NET Core 3.1 end of life 2022-12-13"),
    5: Fact("2022-05-10", source: "dotnet/core releases-index.json: .NET 5 end of life 2022-05-10"),
    6: Fact("2024-11-12", source: "facts.md 2026-12 update, Lifecycle: .NET 6 support ended 2024-11-12"),
    7: Fact("2024-05-14", source: "dotnet/core releases-index.json: .NET 7 end of life 2024-05-14"),
    8: Fact("2026-11-10", source: "facts.md 2026-12 update, Lifecycle: .NET 8 support ended 2026-11-10"),
    9: Fact("2026-11-10", source: "facts.md 2026-12 update, Lifecycle: .NET 9 support ended 2026-11-10"),
    10: Fact("2028-11-14", source: "facts.md 2026-12 update, Lifecycle: .NET 10 (LTS) supported to 2028-11-14"),
  ]
  /// The release out-of-support .NET applications are upgraded to: the current LTS.
  public static let dotnetUpgradeTargetMajor = Fact(
    10, source: "facts.md 2026-12 update, Lifecycle: .NET 10 (LTS) is the upgrade target")

  // MARK: Support status

  /// The date support status is judged on when an assessment is given none (tests); a run passes
  /// its own date (the run's, fixed by `SOURCE_DATE_EPOCH`).
  public static let supportStatusDate = Fact(
    "2025-07-01", source: "Assumption: the date of the facts catalogue (Microsoft Learn, base image lifecycle, 2025)",
    assumption: true)
}
