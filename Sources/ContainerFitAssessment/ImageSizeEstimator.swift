import ContainerFitModel

/// Estimates an application's image size on disk: the base image for its build (facts.md "Base
/// images") plus a runtime layer (`Facts.dotnetFrameworkLayerGB` and `Facts+Runtimes`) plus the
/// installed application (`install_size_mb` / 1024; nothing when unknown, which is a data gap).
public enum ImageSizeEstimator {
  /// The parts of an estimate, in GB.
  public struct Estimate: Hashable, Sendable {
    public var baseGB: Double
    public var runtimeLayerGB: Double
    public var installGB: Double

    public init(baseGB: Double, runtimeLayerGB: Double, installGB: Double) {
      self.baseGB = baseGB
      self.runtimeLayerGB = runtimeLayerGB
      self.installGB = installGB
    }

    /// The sum, rounded to 2 decimals.
    public var totalGB: Double { ((baseGB + runtimeLayerGB + installGB) * 100).rounded() / 100 }
  }

  /// The estimate for `app` on `image` of `build`.
  public static func estimate(for app: Application, image: BaseImage, build: Int) -> Estimate {
    estimate(for: app, runtime: app.parsedRuntime, image: image, build: build)
  }

  /// The same, with the app's runtime already parsed.
  static func estimate(for app: Application, runtime: Runtime?, image: BaseImage, build: Int) -> Estimate {
    // A Linux image is the runtime's own image: no layer on top.
    Estimate(
      baseGB: image.onDiskGB(build: build),
      runtimeLayerGB: image == .linux ? 0 : runtimeLayer(runtime)?.value ?? 0,
      installGB: installGB(app.installSizeMB))
  }

  /// The installed application in GB; nothing when unknown.
  public static func installGB(_ installSizeMB: Double?) -> Double { max(0, installSizeMB ?? 0) / 1024 }

  /// The runtime layer over the base image, with its source; `nil` when the runtime adds none.
  public static func runtimeLayer(_ runtime: Runtime?) -> Fact<Double>? {
    guard let runtime else { return nil }
    switch runtime.family {
    case .dotnetFramework:
      if let version = runtime.numericVersion, version < 4 { return Facts.dotnetFramework35LayerGB }
      return Facts.dotnetFrameworkLayerGB
    case .dotnet: return Facts.dotnetRuntimeLayerGB
    case .classicASP: return Facts.iisLayerGB
    case .java: return Facts.javaRuntimeLayerGB
    case .node: return Facts.nodeRuntimeLayerGB
    case .python: return Facts.pythonRuntimeLayerGB
    case .go, .native, .other: return nil
    }
  }
}
