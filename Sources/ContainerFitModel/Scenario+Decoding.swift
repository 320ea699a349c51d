// Scenario files give any subset of keys: each section decodes what is present, keeps its defaults
// for the rest, and rejects keys it does not know (a typo must not silently change a plan).

extension Scenario {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self, alsoAccepting: [Self.orchestratorKey.stringValue])
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try decodeOrchestrator(decoder)
    try c.decodeIfPresent(&version, .version)
    try c.decodeIfPresent(&name, .name)
    try c.decodeIfPresent(&host, .host)
    try c.decodeIfPresent(&allowedHostBuilds, .allowedHostBuilds)
    try c.decodeIfPresent(&platform, .platform)
    try c.decodeIfPresent(&targets, .targets)
    try c.decodeIfPresent(&migration, .migration)
    try c.decodeIfPresent(&isolation, .isolation)
    try c.decodeIfPresent(&memoryPolicy, .memoryPolicy)
    try c.decodeIfPresent(&hyperv, .hyperv)
    try c.decodeIfPresent(&licensing, .licensing)
    try c.decodeIfPresent(&scoring, .scoring)
    try c.decodeIfPresent(&effort, .effort)
    try c.decodeIfPresent(&current, .current)
    try c.decodeIfPresent(&pricing, .pricing)
    try c.decodeIfPresent(&waves, .waves)
  }
}

extension Scenario.WaveSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&pilotApps, .pilotApps)
    try c.decodeIfPresent(&maxApps, .maxApps)
    try c.decodeIfPresent(&maxEffortDays, .maxEffortDays)
  }
}

extension Scenario.HostSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    if c.contains(.shape) { shape = try c.decodeIfPresent(String.self, forKey: .shape) }
    try c.decodeIfPresent(&shapes, .shapes)
    cores = try c.decodeIfPresent(Double.self, forKey: .cores)
    memoryGB = try c.decodeIfPresent(Double.self, forKey: .memoryGB)
    try c.decodeIfPresent(&osBuild, .osBuild)
    platform = try c.decodeIfPresent(Platform.self, forKey: .platform)
    try c.decodeIfPresent(&targetUtilizationPct, .targetUtilizationPct)
    try c.decodeIfPresent(&reservedCores, .reservedCores)
    try c.decodeIfPresent(&reservedMemoryGB, .reservedMemoryGB)
    hourlyPrice = try c.decodeIfPresent(Double.self, forKey: .hourlyPrice)
    licenseEdition = try c.decodeIfPresent(LicenseEdition.self, forKey: .licenseEdition)
    try c.decodeIfPresent(&tenancy, .tenancy)
    try c.decodeIfPresent(&spread, .spread)
    try c.decodeIfPresent(&minHostsPerPool, .minHostsPerPool)
  }
}

extension Scenario {
  /// `orchestrator`, the key before `platform`, still read from older scenario files and run
  /// records: `ecs` is `ecs-ec2`; `platform` wins when both are given.
  fileprivate static let orchestratorKey = AnyCodingKey(stringValue: "orchestrator")

  fileprivate mutating func decodeOrchestrator(_ decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: AnyCodingKey.self)
    guard let orchestrator = try c.decodeIfPresent(String.self, forKey: Self.orchestratorKey) else { return }
    switch orchestrator {
    case "ecs": platform = .ecsEC2
    case "self-managed": platform = .selfManaged
    default:
      throw DecodingError.dataCorruptedError(
        forKey: Self.orchestratorKey, in: c, debugDescription: "expected ecs or self-managed (now: platform)")
    }
  }
}

extension Scenario.PricingSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&ec2DiscountPct, .ec2DiscountPct)
    try c.decodeIfPresent(&regionFactor, .regionFactor)
  }
}

extension Scenario.CurrentSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&vmCostPerVCPUYear, .vmCostPerVCPUYear)
    try c.decodeIfPresent(&physicalServerYear, .physicalServerYear)
  }
}

extension Scenario.TargetSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&linux, .linux)
  }
}

extension Scenario.MigrationSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&horizonMonths, .horizonMonths)
  }
}

extension Scenario.HypervSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&cpuOverheadPct, .cpuOverheadPct)
    try c.decodeIfPresent(&memoryModel, .memoryModel)
    try c.decodeIfPresent(&memoryOverheadGB, .memoryOverheadGB)
  }
}

extension Scenario.LicensingSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&model, .model)
    try c.decodeIfPresent(&edition, .edition)
    try c.decodeIfPresent(&byolEligible, .byolEligible)
    try c.decodeIfPresent(&currentBasis, .currentBasis)
    try c.decodeIfPresent(&saPct, .saPct)
    try c.decodeIfPresent(&currency, .currency)
    try c.decodeIfPresent(&standardPricePer16Cores, .standardPricePer16Cores)
    try c.decodeIfPresent(&datacenterPricePer16Cores, .datacenterPricePer16Cores)
    try c.decodeIfPresent(&amortizationYears, .amortizationYears)
    try c.decodeIfPresent(&cloudPricePerVCPUHour, .cloudPricePerVCPUHour)
  }
}

extension Scenario.ScoringSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&weights, .weights)
    try c.decodeIfPresent(&effortDays, .effortDays)
    try c.decodeIfPresent(&bands, .bands)
    try c.decodeIfPresent(&minConfidence, .minConfidence)
  }
}

extension Scenario.EffortSettings {
  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&baselineDays, .baselineDays)
    try c.decodeIfPresent(&platformDays, .platformDays)
    try c.decodeIfPresent(&dayRate, .dayRate)
  }
}

extension Scenario.Bands {
  enum CodingKeys: String, CodingKey, CaseIterable { case ready, minor, major }

  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init()
    try c.decodeIfPresent(&ready, .ready)
    try c.decodeIfPresent(&minor, .minor)
    try c.decodeIfPresent(&major, .major)
  }
}

/// A key of any name, to list the keys a file actually holds.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}

/// Thrown for a key a scenario section does not know; the path names it (`host.coress`).
public struct UnknownScenarioKey: Error, Sendable {
  public var path: String
}

extension Decoder {
  func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(
    _ keys: Keys.Type, alsoAccepting older: Set<String> = []
  ) throws {
    let container = try self.container(keyedBy: AnyCodingKey.self)
    let known = Set(Keys.allCases.map(\.stringValue)).union(older)
    for key in container.allKeys where !known.contains(key.stringValue) {
      let path = (codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
      throw UnknownScenarioKey(path: path)
    }
  }
}

extension KeyedDecodingContainer {
  fileprivate func decodeIfPresent<T: Decodable>(_ value: inout T, _ key: Key) throws {
    if let decoded = try decodeIfPresent(T.self, forKey: key) { value = decoded }
  }
}

extension Scenario.HostSettings {
  /// Every key is written, absent ones as `null`: a custom host (no `shape`) must read back as
  /// custom, not as the default catalogue shape.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(shape, forKey: .shape)
    try c.encode(shapes, forKey: .shapes)
    try c.encode(cores, forKey: .cores)
    try c.encode(memoryGB, forKey: .memoryGB)
    try c.encode(osBuild, forKey: .osBuild)
    try c.encode(platform, forKey: .platform)
    try c.encode(targetUtilizationPct, forKey: .targetUtilizationPct)
    try c.encode(reservedCores, forKey: .reservedCores)
    try c.encode(reservedMemoryGB, forKey: .reservedMemoryGB)
    try c.encode(hourlyPrice, forKey: .hourlyPrice)
    try c.encode(licenseEdition, forKey: .licenseEdition)
    try c.encode(tenancy, forKey: .tenancy)
    try c.encode(spread, forKey: .spread)
    try c.encode(minHostsPerPool, forKey: .minHostsPerPool)
  }
}
