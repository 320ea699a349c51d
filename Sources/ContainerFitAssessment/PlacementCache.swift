import ContainerFitModel

/// Remembers placements by the fields that decide them, so a worker scoring many similar
/// applications builds each reason text once. Placement does not depend on `install_size_mb`
/// except for the image size, which is added per application. One cache per worker: no locks.
struct PlacementCache {
  /// Everything `Placement.decide` reads, except the install size.
  struct Key: Hashable {
    var serverBuild: Int?
    var runtime: String?
    var kind: ApplicationKind?
    var gui: GUIDependence?
    var dependencies: Set<Dependency>?
    var codePageSensitive: Bool?
    var isolationRequired: IsolationRequirement?
  }

  /// A placement (its image size without the install), the parsed runtime and the size parts.
  struct Entry {
    var placement: Placement
    var runtime: Runtime?
    var baseGB: Double
    var runtimeLayerGB: Double
  }

  /// Past this many entries the cache starts over, so memory stays bounded on very diverse estates.
  static let capacity = 4096

  private var entries: [Key: Entry] = [:]

  /// The placement of `app` on `server` and its parsed runtime.
  mutating func placement(for app: Application, on server: Server, scenario: Scenario) -> (Placement, Runtime?) {
    let key = Key(
      serverBuild: server.effectiveBuild, runtime: app.runtime, kind: app.kind, gui: app.gui,
      dependencies: app.dependencies, codePageSensitive: app.codePageSensitive,
      isolationRequired: app.isolationRequired)
    let entry: Entry
    if let cached = entries[key] {
      entry = cached
    } else {
      let placement = Placement.decide(for: app, on: server, scenario: scenario)
      let runtime = app.parsedRuntime
      entry = Entry(
        placement: placement, runtime: runtime,
        baseGB: placement.baseImage.onDiskSize(build: placement.containerBuild).value,
        runtimeLayerGB: ImageSizeEstimator.runtimeLayer(runtime)?.value ?? 0)
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = entry
    }
    var placement = entry.placement
    placement.imageSizeGB =
      ImageSizeEstimator.Estimate(
        baseGB: entry.baseGB, runtimeLayerGB: entry.runtimeLayerGB,
        installGB: ImageSizeEstimator.installGB(app.installSizeMB)
      ).totalGB
    return (placement, entry.runtime)
  }
}
