import Foundation
import Yams

/// Reads a scenario file (YAML, or JSON) and checks its values.
public enum ScenarioLoader {
  /// Loads and validates the scenario at `path`.
  public static func load(path: String) throws -> Scenario {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ScenarioError.unreadable(file: path)
    }
    return try decode(data, file: path)
  }

  /// Decodes and validates scenario text; `file` names it in errors.
  public static func decode(_ data: Data, file: String) throws -> Scenario {
    let scenario: Scenario
    do {
      let text = String(decoding: data, as: UTF8.self)
      if text.drop(while: \.isWhitespace).first == "{" {
        scenario = try JSONDecoder().decode(Scenario.self, from: data)
      } else if text.allSatisfy(\.isWhitespace) {
        scenario = Scenario()
      } else {
        scenario = try YAMLDecoder().decode(Scenario.self, from: text)
      }
    } catch let error as UnknownScenarioKey {
      throw ScenarioError.unknownKey(file: file, key: error.path)
    } catch let error as DecodingError {
      // Yams wraps errors thrown inside a decoder as "not valid YAML": unwrap ours.
      if case .dataCorrupted(let context) = error, let unknown = Self.unknownKey(in: context.underlyingError) {
        throw ScenarioError.unknownKey(file: file, key: unknown.path)
      }
      // No key path: the text itself could not be read (a number out of JSON's range, an alias
      // bomb Yams refuses), which is a syntax problem, not a value under an empty key.
      if error.keyPath.isEmpty { throw ScenarioError.syntax(file: file, detail: error.detail) }
      throw ScenarioError.badValue(file: file, key: error.keyPath, detail: error.detail)
    } catch let error as YamlError {
      throw ScenarioError.syntax(file: file, detail: "\(error)".split(separator: "\n").first.map(String.init) ?? "")
    } catch {
      throw ScenarioError.syntax(file: file, detail: "\(error)")
    }
    try scenario.validate(file: file)
    return scenario
  }
}

extension ScenarioLoader {
  fileprivate static func unknownKey(in error: Error?) -> UnknownScenarioKey? {
    var current = error
    for _ in 0..<8 {
      if let unknown = current as? UnknownScenarioKey { return unknown }
      guard case .dataCorrupted(let context)? = current as? DecodingError else { return nil }
      current = context.underlyingError
    }
    return nil
  }
}

/// A scenario that cannot be used; each message names the file and the key.
public enum ScenarioError: Error, LocalizedError, Equatable, Sendable {
  case unreadable(file: String)
  case syntax(file: String, detail: String)
  case unknownKey(file: String, key: String)
  case badValue(file: String, key: String, detail: String)

  public var errorDescription: String? {
    switch self {
    case .unreadable(let file): return "\(file): cannot read the scenario file."
    case .syntax(let file, let detail): return "\(file): the scenario is not valid YAML or JSON: \(detail)"
    case .unknownKey(let file, let key):
      return "\(file): unknown scenario key '\(key)'; see docs/scenario.md for the keys."
    case .badValue(let file, let key, let detail): return "\(file): bad value for scenario key '\(key)': \(detail)"
    }
  }
}

extension Scenario {
  /// Checks ranges the types cannot express.
  public func validate(file: String) throws {
    func bad(_ key: String, _ detail: String) -> ScenarioError { .badValue(file: file, key: key, detail: detail) }
    // YAML's .inf and .nan, and 1e400 (read as infinity), pass the range checks below or trap
    // later when a plan turns them into whole numbers; no key has a use for them.
    let numbers: [(String, Double?)] = [
      ("host.cores", host.cores), ("host.memory_gb", host.memoryGB),
      ("host.target_utilization_pct", host.targetUtilizationPct), ("host.reserved_cores", host.reservedCores),
      ("host.reserved_memory_gb", host.reservedMemoryGB), ("host.hourly_price", host.hourlyPrice),
      ("hyperv.cpu_overhead_pct", hyperv.cpuOverheadPct), ("hyperv.memory_overhead_gb", hyperv.memoryOverheadGB),
      ("licensing.standard_price_per_16_cores", licensing.standardPricePer16Cores),
      ("licensing.datacenter_price_per_16_cores", licensing.datacenterPricePer16Cores),
      ("licensing.amortization_years", licensing.amortizationYears),
      ("licensing.cloud_price_per_vcpu_hour", licensing.cloudPricePerVCPUHour),
    ]
    for case (let key, let value?) in numbers where !value.isFinite { throw bad(key, "must be a finite number") }
    if let cores = host.cores, !(cores > 0) { throw bad("host.cores", "must be greater than 0") }
    if let memory = host.memoryGB, !(memory > 0) { throw bad("host.memory_gb", "must be greater than 0") }
    if !(host.targetUtilizationPct > 0 && host.targetUtilizationPct <= 100) {
      throw bad("host.target_utilization_pct", "must be in (0, 100]")
    }
    if !(host.reservedCores >= 0) { throw bad("host.reserved_cores", "must not be negative") }
    if !(host.reservedMemoryGB >= 0) { throw bad("host.reserved_memory_gb", "must not be negative") }
    if host.shape == HostSettings.auto {
      // Overrides change one shape; under auto there is none to change, and ignoring them would
      // silently plan on other hosts than the file says.
      let overrides: [(String, Bool)] = [
        ("host.cores", host.cores != nil), ("host.memory_gb", host.memoryGB != nil),
        ("host.hourly_price", host.hourlyPrice != nil), ("host.platform", host.platform != nil),
      ]
      if let (key, _) = overrides.first(where: \.1) {
        throw bad(key, "changes one host shape: name it in host.shape, or set host.shape: null for a custom host")
      }
    }
    if WindowsRelease.release(ofBuild: host.osBuild)?.containerTag == nil {
      throw bad("host.os_build", "\(host.osBuild) is not a container host build (17763, 20348, 26100)")
    }
    for build in allowedHostBuilds where WindowsRelease.release(ofBuild: build)?.containerTag == nil {
      throw bad("allowed_host_builds", "\(build) is not a container host build (17763, 20348, 26100)")
    }
    if allowedHostBuilds.isEmpty { throw bad("allowed_host_builds", "must name at least one build") }
    if allowedHostBuilds.contains(WindowsRelease.server2016.build) {
      throw bad(
        "allowed_host_builds",
        "14393 (ltsc2016) is never a target: its support ends \(WindowsRelease.server2016.extendedEnd ?? "")")
    }
    if Set(allowedHostBuilds).isDisjoint(with: platform.windowsBuilds) {
      throw bad(
        "allowed_host_builds",
        "platform \(platform.rawValue) runs Windows containers on \(Self.list(platform.windowsBuilds)) only, "
          + "none of \(Self.list(allowedHostBuilds))")
    }
    for (key, value) in [
      ("vm_cost_per_vcpu_year", current.vmCostPerVCPUYear), ("physical_server_year", current.physicalServerYear),
    ] where !(value >= 0 && value.isFinite) {
      throw bad("current.\(key)", "must not be negative")
    }
    if !(1...1_000).contains(host.minHostsPerPool) {
      throw bad("host.min_hosts_per_pool", "must be between 1 and 1000")
    }
    if !(pricing.ec2DiscountPct >= 0 && pricing.ec2DiscountPct < 100) {
      throw bad("pricing.ec2_discount_pct", "must be in [0, 100)")
    }
    if !(pricing.regionFactor > 0 && pricing.regionFactor <= 10) {
      throw bad("pricing.region_factor", "must be greater than 0 and at most 10")
    }
    if !(licensing.saPct >= 0 && licensing.saPct <= 100) { throw bad("licensing.sa_pct", "must be in [0, 100]") }
    if let detail = byolViolation() { throw bad("licensing.model", detail) }
    if !(0...1_000).contains(waves.pilotApps) { throw bad("waves.pilot_apps", "must be between 0 and 1000") }
    if !(1...100_000).contains(waves.maxApps) { throw bad("waves.max_apps", "must be between 1 and 100000") }
    if !(waves.maxEffortDays > 0 && waves.maxEffortDays.isFinite) {
      throw bad("waves.max_effort_days", "must be more than 0")
    }
    if !(1...240).contains(migration.horizonMonths) {
      throw bad("migration.horizon_months", "must be between 1 and 240")
    }
    if !(hyperv.cpuOverheadPct >= 0 && hyperv.cpuOverheadPct < 1000) {
      throw bad("hyperv.cpu_overhead_pct", "must be between 0 and 1000")
    }
    if !(hyperv.memoryOverheadGB >= 0) { throw bad("hyperv.memory_overhead_gb", "must not be negative") }
    if !(licensing.amortizationYears > 0) { throw bad("licensing.amortization_years", "must be greater than 0") }
    for (key, value) in [
      ("standard_price_per_16_cores", licensing.standardPricePer16Cores),
      ("datacenter_price_per_16_cores", licensing.datacenterPricePer16Cores),
      ("cloud_price_per_vcpu_hour", licensing.cloudPricePerVCPUHour),
    ] where !(value >= 0) {
      throw bad("licensing.\(key)", "must not be negative")
    }
    if let (key, detail) = scoring.firstBadValue() { throw bad(key, detail) }
    for (key, value) in [
      ("baseline_days", effort.baselineDays), ("platform_days", effort.platformDays), ("day_rate", effort.dayRate),
    ] where !(value >= 0 && value.isFinite) {
      throw bad("effort.\(key)", "must not be negative")
    }
  }
}

extension Scenario {
  /// Why per-core licensing cannot be used on the scenario's cloud platform, or `nil` when it can:
  /// AWS allows bring-your-own Windows Server licences only on Dedicated Hosts, only for licences
  /// bought before 2019-10-01, and only for Windows Server 2019 or older (facts.md, 2026-12 update).
  public func byolViolation() -> String? {
    guard licensing.model.resolved(for: platform) == .perCore, platform != .onPrem else { return nil }
    if platform == .ecsFargate {
      return "per-core licences cannot be used on ecs-fargate: Fargate's Windows tasks are licence-included only "
        + "(AWS BYOL rules need Dedicated Hosts); use licensing.model auto or included"
    }
    let rule =
      "per-core licences on \(platform.rawValue) are allowed only for licences bought before 2019-10-01 for "
      + "Windows Server 2019 or older, on Dedicated Hosts (AWS BYOL rules)"
    guard licensing.byolEligible, host.tenancy == .dedicatedHost else {
      return rule + ": set licensing.byol_eligible: true and host.tenancy: dedicated-host, or use model auto "
        + "(licence-included)"
    }
    if let newer = allowedHostBuilds.first(where: { $0 > Facts.byolNewestBuild.value }) {
      return rule + ": allowed_host_builds holds \(newer), newer than Windows Server 2019 (17763)"
    }
    return nil
  }

  fileprivate static func list(_ builds: [Int]) -> String {
    builds.sorted().map(String.init).joined(separator: ", ")
  }
}

extension Scenario.ScoringSettings {
  /// The first weight, effort or band out of range, as its key path and what is wrong, or `nil`.
  /// The one check of these values: the loader reports it for a file, and the rule registry for a
  /// scenario made in code, which reaches the assessor without a file.
  public func firstBadValue() -> (key: String, detail: String)? {
    for (key, value) in weights.sorted(by: { $0.key < $1.key }) where !(value >= 0 && value <= 100) {
      return ("scoring.weights.\(key)", "must be between 0 and 100")
    }
    for (key, value) in effortDays.sorted(by: { $0.key < $1.key }) where !(value >= 0 && value.isFinite) {
      return ("scoring.effort_days.\(key)", "must not be negative")
    }
    if !(bands.ready > bands.minor && bands.minor > bands.major && bands.major >= 0 && bands.ready <= 100) {
      return ("scoring.bands", "need 100 ≥ ready > minor > major ≥ 0")
    }
    if !(minConfidence >= 0 && minConfidence <= 1) { return ("scoring.min_confidence", "must be between 0 and 1") }
    return nil
  }
}

extension DecodingError {
  var keyPath: String {
    let path: [CodingKey]
    switch self {
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      path = context.codingPath
    case .keyNotFound(let key, let context): path = context.codingPath + [key]
    @unknown default: path = []
    }
    return path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }

  var detail: String {
    switch self {
    case .typeMismatch(let type, _): return "expected \(type)"
    case .valueNotFound(let type, _): return "expected \(type)"
    case .dataCorrupted(let context): return context.debugDescription
    case .keyNotFound(let key, _): return "missing \(key.stringValue)"
    @unknown default: return "invalid"
    }
  }
}
