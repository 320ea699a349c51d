import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

/// What one blueprint is made from: an application that moves, where the plan put it, its demand
/// per instance and the scenario in force.
struct BlueprintSubject: Sendable {
  let assessed: AssessedApplication
  let placement: AppPlacement
  /// The host (or Fargate task) of its first instance.
  let host: PlannedHost?
  let scenario: Scenario
  /// Peak CPU and memory of one instance, and its average memory (the demand model's).
  let cpuCores: Double
  let memoryGB: Double
  let memoryAvgGB: Double
  let instances: Int
  let runId: String
  let toolVersion: String

  var application: Application { assessed.application }
  var isWindows: Bool { assessed.os == .windows }
  var kind: ApplicationKind? { application.kind }
  var runtime: Runtime? { application.parsedRuntime }
  var usesWindowsAuth: Bool { application.dependencies?.contains(.windowsAuth) == true && isWindows }
  var bindings: [IISBinding] { IISBinding.parse(attribute("bindings")) }

  /// The ports it listens on: its HTTP(S) bindings', else a `port`/`ports` attribute, else for an IIS
  /// site IIS's default, 80 (`portAssumed`).
  var ports: [Int] {
    let bound = bindings.compactMap { $0.isHTTP ? $0.port : nil }
    if !bound.isEmpty { return Array(Set(bound)).sorted() }
    let listed = (attribute("ports") ?? attribute("port"))?.split(whereSeparator: { ",; ".contains($0) })
      .compactMap { Int($0) }
    if let listed, !listed.isEmpty { return Array(Set(listed)).sorted() }
    return kind == .iisSite ? [80] : []
  }

  /// True when `ports` is IIS's default rather than a value from the inventory.
  var portAssumed: Bool {
    kind == .iisSite && !bindings.contains(where: \.isHTTP) && attribute("ports") == nil && attribute("port") == nil
  }

  /// A web application: an IIS site, or an application with an HTTP binding.
  var isWeb: Bool { kind == .iisSite || bindings.contains(where: \.isHTTP) }

  var logsToFiles: Bool { application.logTarget == .file || application.localState == .logs }
  var logsToEventLog: Bool { application.logTarget == .eventlog }
  var needsLogMonitor: Bool { isWindows && (logsToFiles || logsToEventLog || kind == .iisSite) }
  var readsRegistry: Bool { application.registryState == .read || application.registryState == .write }
  var needsFramework35: Bool {
    runtime?.family == .dotnetFramework && (runtime?.numericVersion ?? 4) < 4
  }

  /// An attribute of the application by name, case-insensitively (exports differ in case).
  func attribute(_ name: String) -> String? {
    if let exact = application.attributes[name], !exact.isEmpty { return exact }
    let lower = name.lowercased()
    return application.attributes.first { $0.key.lowercased() == lower && !$0.value.isEmpty }?.value
  }
}
