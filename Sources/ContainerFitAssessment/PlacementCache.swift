import ContainerFitModel

/// Remembers the parts of placements by the few fields that decide each, so a worker scoring many
/// similar applications parses each runtime and builds each reason text once:
/// - the runtime, by its text, parsed, with what ties it to Windows;
/// - the hosting half (`HostingDecision`), by the server's build and what the isolation constraint
///   reads: a few dozen distinct keys on any estate;
/// - the base image, by what `BaseImageChooser` reads (runtime, kind, GUI, dependencies, build);
/// - what ties the app's dependencies to Windows, by their bits (`WindowsTie`).
/// The placement is then made by `Placement.decide`, the one decision function, from the remembered
/// parts; a property test checks that both give the same placements. One cache per worker: no locks.
struct PlacementCache {
  /// What `HostingDecision` depends on: the server's build and the fields `IsolationChooser.constraint`
  /// reads (the scenario is fixed for the run).
  struct HostingKey: Hashable {
    var serverBuild: Int?
    var codePageSensitive: Bool?
    var isolationRequired: IsolationRequirement?
    var needsGPU: Bool
  }

  /// What `BaseImageChooser.choose` reads, the runtime as written.
  struct ImageKey: Hashable {
    var runtime: String?
    var kind: ApplicationKind?
    var gui: GUIDependence?
    var dependencies: UInt32?
    var build: Int
  }

  /// Past this many entries a table starts over, so memory stays bounded on very diverse estates
  /// (a few MB per worker). The base image table needs the room: a generated estate of a million
  /// applications has about 100,000 distinct combinations of runtime, kind, GUI and dependencies.
  static let capacity = 1 << 16

  /// A runtime as written, parsed, with what ties it to Windows (`nil`: nothing).
  private struct RuntimeEntry {
    var runtime: Runtime
    var windowsTie: String?
  }

  private var runtimes: [String: RuntimeEntry] = [:]
  private var hostings: [HostingKey: HostingDecision] = [:]
  private var images: [ImageKey: BaseImageChooser.Choice] = [:]
  private var dependencyTies: [UInt32: String] = [:]

  /// The placement of `app` on a server of `serverBuild` and the app's parsed runtime.
  /// `horizonEnd` is fixed for the run, like the scenario.
  mutating func placement(
    for app: Application, serverBuild: Int?, scenario: Scenario, horizonEnd: String
  ) -> (Placement, Runtime?) {
    let entry = app.runtime.map { parsed($0) }
    let placement = Placement.decide(
      for: app, runtime: entry?.runtime, scenario: scenario,
      windowsTie: windowsTie(for: app, runtimeTie: entry.map(\.windowsTie) ?? WindowsTie.runtimeReason(nil)),
      hosting: { hosting(for: app, serverBuild: serverBuild, scenario: scenario, horizonEnd: horizonEnd) },
      image: { image(for: app, runtime: entry?.runtime, build: $0) })
    return (placement, entry?.runtime)
  }

  /// The runtime `text` parsed, and its tie to Windows, each made once per distinct text.
  private mutating func parsed(_ text: String) -> RuntimeEntry {
    if let cached = runtimes[text] { return cached }
    let runtime = Runtime(parsing: text)
    let entry = RuntimeEntry(runtime: runtime, windowsTie: WindowsTie.runtimeReason(runtime))
    Self.store(entry, at: text, in: &runtimes)
    return entry
  }

  private mutating func hosting(
    for app: Application, serverBuild: Int?, scenario: Scenario, horizonEnd: String
  ) -> HostingDecision {
    let key = HostingKey(
      serverBuild: serverBuild, codePageSensitive: app.codePageSensitive, isolationRequired: app.isolationRequired,
      needsGPU: app.dependencies?.contains(.directx) == true)
    if let cached = hostings[key] { return cached }
    let decision = HostingDecision.decide(
      for: app, serverBuild: serverBuild, scenario: scenario, horizonEnd: horizonEnd)
    Self.store(decision, at: key, in: &hostings)
    return decision
  }

  private mutating func windowsTie(for app: Application, runtimeTie: String?) -> String? {
    if let runtimeTie { return runtimeTie }
    return WindowsTie.fieldReason(app) { windowsOnly in
      let mask = Dependency.mask(windowsOnly) ?? 0
      if let cached = dependencyTies[mask] { return cached }
      let reason = WindowsTie.dependencyReason(windowsOnly)
      Self.store(reason, at: mask, in: &dependencyTies)
      return reason
    }
  }

  private mutating func image(for app: Application, runtime: Runtime?, build: Int) -> BaseImageChooser.Choice {
    let key = ImageKey(
      runtime: app.runtime, kind: app.kind, gui: app.gui, dependencies: Dependency.mask(app.dependencies),
      build: build)
    if let cached = images[key] { return cached }
    let choice = BaseImageChooser.choose(for: app, runtime: runtime, build: build)
    Self.store(choice, at: key, in: &images)
    return choice
  }

  private static func store<Key: Hashable, Value>(_ value: Value, at key: Key, in table: inout [Key: Value]) {
    if table.count >= capacity { table.removeAll(keepingCapacity: true) }
    table[key] = value
  }
}
