// Runtime layer sizes and the date support status is judged on. None of these is published as a
// single figure, so each is an assumption with its reasoning, and reports label it so.

extension Facts {
  // MARK: Runtime layers on top of a base image

  /// The .NET Framework 3.5 feature layer (`dotnet/framework/runtime:3.5`) over Server Core.
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

  // MARK: Support status

  /// The date base-image support status is judged on, so the same inputs give the same verdicts on
  /// every day; an assessment may pass its own date.
  public static let supportStatusDate = Fact(
    "2025-07-01", source: "Assumption: the date of the facts catalogue (Microsoft Learn, base image lifecycle, 2025)",
    assumption: true)
}
