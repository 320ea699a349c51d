import ContainerFitAssessment
import ContainerFitModel

/// The migration waves (blueprints.md, "Waves"): a pilot of ready applications of different kinds,
/// then waves that empty whole servers, soonest-unsupported servers first.
public struct WavePlan: Sendable, Hashable, Codable {
  /// One wave, with what it realises counted from the first wave to this one.
  public struct Wave: Sendable, Hashable, Codable {
    public var number: Int
    /// Why it holds what it holds: "pilot", or the servers it empties and their support end.
    public var reason: String
    public var applications: Int
    public var effortDays: Double
    /// Servers emptied by this wave (every application of theirs moved, and the plan retires them).
    public var serversFreed: Int
    /// Container hosts (and Fargate tasks) the moved applications occupy, up to this wave.
    public var cumulativeHosts: Int
    /// The new hosts' annual cost minus the freed servers' (licences per server, hosting when
    /// priced), up to this wave; negative when it saves.
    public var cumulativeAnnualDifference: Double
  }

  public var waves: [Wave]
  /// The applications that move, as indices into the assessment, sorted by app id.
  public var order: [Int] = []
  /// The wave of application n of the assessment, −1 when it does not move (32 bits: a million
  /// applications cost 4 MB); read it through `wave(ofApplication:)`.
  var waveNumbers: [Int32] = []
  /// Why application n is in its wave: an index into `reasons` (one text per server group, shared).
  public var reasonOfApplication: [Int32] = []
  public var reasons: [String] = []

  /// One application's wave and reason, as `waves.csv` lists it.
  public struct Assignment: Sendable, Hashable, Codable {
    public var appId: String
    public var appName: String
    public var serverId: String
    public var wave: Int
    public var reason: String
  }

  /// The wave of application `index` of the assessment, nil when it does not move.
  public func wave(ofApplication index: Int) -> Int? {
    index < waveNumbers.count && waveNumbers[index] >= 0 ? Int(waveNumbers[index]) : nil
  }

  /// The assignment of the k-th application of `order`.
  public func assignment(_ k: Int, of assessed: [AssessedApplication]) -> Assignment {
    let index = order[k]
    let app = assessed[index]
    let reason = reasonOfApplication[index] >= 0 ? reasons[Int(reasonOfApplication[index])] : ""
    return Assignment(
      appId: app.id, appName: app.name, serverId: app.serverId, wave: wave(ofApplication: index) ?? 0, reason: reason)
  }

  /// Every assignment, sorted by app id (for small estates and tests; `waves.csv` streams them).
  public func assignments(of assessed: [AssessedApplication]) -> [Assignment] {
    order.indices.map { assignment($0, of: assessed) }
  }

  public static let empty = WavePlan(waves: [])
}

/// Builds the wave plan of a finished assessment and plan.
public struct WavePlanner: Sendable {
  public let scenario: Scenario
  public let today: String

  public init(scenario: Scenario, today: String) {
    self.scenario = scenario
    self.today = today
  }

  /// `placements[n]` is application n's placement (`nil`: not placed).
  public func plan(
    assessed: [AssessedApplication], placements: [AppPlacement?], estate: Estate, result: PlanningResult
  ) -> WavePlan {
    // `case .some`: the placement looked at where it is, not copied (with its strings) to compare.
    let moving = assessed.indices.filter {
      guard assessed[$0].verdict.movesToContainer, case .some = placements[$0] else { return false }
      return true
    }
    guard !moving.isEmpty else { return .empty }
    let settings = scenario.waves
    // By application index: its wave and why (nil for an application that does not move).
    var waveOf = [Int32](repeating: -1, count: assessed.count)
    var reasonOf = [Int32](repeating: -1, count: assessed.count)
    var reasons: [String] = []
    // Wave 0, the pilot: ready applications, lowest effort first, one of each kind before a second.
    // Chosen in one pass, keeping only the few it needs: a million applications are not sorted for five.
    let before = { (a: Int, b: Int) in
      (assessed[a].effortDays, assessed[a].id) < (assessed[b].effortDays, assessed[b].id)
    }
    var bestOfKind: [ApplicationKind?: Int] = [:]  // by kind (nil: unknown)
    var lowest: [Int] = []  // the `pilotApps` lowest-effort ready applications, in order
    for index in moving where assessed[index].verdict == .ready {
      let kind = assessed[index].application.kind
      if let best = bestOfKind[kind] {
        if before(index, best) { bestOfKind[kind] = index }
      } else {
        bestOfKind[kind] = index
      }
      guard settings.pilotApps > 0 else { continue }
      if lowest.count < settings.pilotApps || before(index, lowest[lowest.count - 1]) {
        lowest.insert(index, at: lowest.firstIndex { before(index, $0) } ?? lowest.count)
        if lowest.count > settings.pilotApps { lowest.removeLast() }
      }
    }
    var pilot = Array(bestOfKind.values.sorted(by: before).prefix(settings.pilotApps))
    for index in lowest where pilot.count < settings.pilotApps && !pilot.contains(index) { pilot.append(index) }
    for index in pilot {
      waveOf[index] = 0
      reasonOf[index] = Int32(reasons.count)
      reasons.append(
        "pilot: ready, \(NumberText.compact(assessed[index].effortDays)) days, "
          + (assessed[index].application.kind?.rawValue ?? "kind unknown"))
    }
    // The rest by server: a server's applications move together so it empties at once. Grouped by
    // the join's server index into one array (a server's applications in assessment order, from
    // `first[server]`), not an array per server.
    var first = [Int](repeating: 0, count: estate.servers.count + 1)
    for index in moving where waveOf[index] < 0 { first[estate.serverIndices[index] + 1] += 1 }
    for server in estate.servers.indices { first[server + 1] += first[server] }
    var grouped = [Int](repeating: 0, count: first[estate.servers.count])
    var next = first
    for index in moving where waveOf[index] < 0 {
      let server = estate.serverIndices[index]
      grouped[next[server]] = index
      next[server] += 1
    }
    let servers = estate.servers.indices.filter { first[$0 + 1] > first[$0] }
    let retiring = Set(result.decommissionedServerIds)
    struct Group {
      var server: Int
      /// Its applications: `grouped[apps]`.
      var apps: Range<Int>
      var effort: Double
      var supportEnd: String
      var frees: Bool
      /// The group's dependencies, sorted and joined with "+" ("" for none), as a rank among the
      /// distinct texts: sorting compares the number, not the text.
      var dependencies: Int
    }
    // A group's dependencies as bits (one per case), their text made once per distinct set.
    var textOfMask: [UInt32: String] = [:]
    let masks = servers.map { server -> UInt32 in
      var mask: UInt32 = 0
      for index in grouped[first[server]..<first[server + 1]] {
        for dependency in assessed[index].application.dependencies ?? [] {
          mask |= 1 << UInt32(Dependency.allCases.firstIndex(of: dependency) ?? 0)
        }
      }
      if textOfMask[mask] == nil {
        textOfMask[mask] = Dependency.allCases.indices.filter { mask & (1 << UInt32($0)) != 0 }
          .map { Dependency.allCases[$0].rawValue }.sorted().joined(separator: "+")
      }
      return mask
    }
    let rankOfText = Dictionary(
      uniqueKeysWithValues: Set(textOfMask.values).sorted().enumerated().map { ($1, $0) })
    let groups = zip(servers, masks).map { server, mask -> Group in
      let record = estate.servers[server]
      let end = record.effectiveBuild.flatMap(WindowsRelease.release(ofBuild:))?.extendedEnd ?? "9999-12-31"
      let apps = first[server]..<first[server + 1]
      return Group(
        server: server, apps: apps, effort: grouped[apps].reduce(0) { $0 + assessed[$1].effortDays }, supportEnd: end,
        frees: retiring.contains(record.id), dependencies: rankOfText[textOfMask[mask] ?? ""] ?? 0)
    }.sorted {
      // Soonest support end first; then servers that empty; then groups sharing dependencies side by
      // side (their remedy is learnt once); then the least effort per server freed.
      let (a, b) = (
        ($0.supportEnd, $0.frees ? 0 : 1, $0.dependencies, $0.effort),
        ($1.supportEnd, $1.frees ? 0 : 1, $1.dependencies, $1.effort)
      )
      return a < b || a == b && estate.servers[$0.server].id < estate.servers[$1.server].id
    }
    var wave = pilot.isEmpty ? 0 : 1
    var count = 0
    var effort = 0.0
    // Each server group's wave, first application and reason, in wave order: a wave's reason names
    // its groups.
    var placed: [(wave: Int, firstApp: Int, reason: Int32)] = []
    placed.reserveCapacity(groups.count)
    for group in groups {
      if count > 0, count + group.apps.count > settings.maxApps || effort + group.effort > settings.maxEffortDays {
        wave += 1
        (count, effort) = (0, 0)
      }
      let server = estate.servers[group.server]
      let end = group.supportEnd == "9999-12-31" ? "support end unknown" : "support ends \(group.supportEnd)"
      let oversize =
        group.apps.count > settings.maxApps || group.effort > settings.maxEffortDays
        ? "; its \(group.apps.count) applications exceed the wave's size but stay together" : ""
      // One text per server, shared by its applications.
      let reason = Int32(reasons.count)
      reasons.append(
        (group.frees ? "empties \(server.id)" : "from \(server.id), which stays (not all its applications move)")
          + " (\(end))" + oversize)
      for index in grouped[group.apps] {
        waveOf[index] = Int32(wave)
        reasonOf[index] = reason
      }
      placed.append((wave, grouped[group.apps.lowerBound], reason))
      count += group.apps.count
      effort += group.effort
    }
    return summarize(
      moving: moving, waveOf: waveOf, reasonOf: reasonOf, reasons: reasons, placed: placed, assessed: assessed,
      placements: placements, estate: estate,
      result: result, pilot: !pilot.isEmpty)
  }

  /// A wave's reason: the reasons of its server groups, the first two in application order, and
  /// how many more. `groups` are the wave's groups (first application, reason).
  static func reason(of groups: ArraySlice<(wave: Int, firstApp: Int, reason: Int32)>, _ reasons: [String]) -> String {
    let firstTwo = groups.sorted { $0.firstApp < $1.firstApp }.prefix(2)
    return firstTwo.map { reasons[Int($0.reason)] }.joined(separator: "; ")
      + (groups.count > 2 ? "; and \(groups.count - 2) more" : "")
  }

  private func summarize(
    moving: [Int], waveOf: [Int32], reasonOf: [Int32], reasons: [String],
    placed: [(wave: Int, firstApp: Int, reason: Int32)], assessed: [AssessedApplication], placements: [AppPlacement?],
    estate: Estate, result: PlanningResult, pilot: Bool
  ) -> WavePlan {
    let count = Int(max(0, waveOf.max() ?? 0)) + 1
    let retiring = Set(result.decommissionedServerIds)
    // Hosts by index: an application's host id is hashed once, to find its host.
    let hostIndex = Dictionary(result.hosts.indices.map { (result.hosts[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
    var hostCounted = [Bool](repeating: false, count: result.hosts.count)
    var otherHosts = Set<String>()  // a placement's host the plan does not list (none, as planned)
    let licences = LicenceModel(settings: scenario.licensing, platform: scenario.platform)
    // Each wave's members, and the wave in which each server's last moving application goes: one
    // pass each, so a million applications in forty thousand waves cost no more than one wave.
    var members = [[Int]](repeating: [], count: count)  // a few dozen bytes a wave, the indices once
    var lastWave = [Int](repeating: -1, count: estate.servers.count)
    for index in moving {
      let wave = Int(max(0, waveOf[index]))
      members[wave].append(index)
      let server = estate.serverIndices[index]
      lastWave[server] = max(lastWave[server], wave)
    }
    var freedIn = [[Int]](repeating: [], count: count)
    for server in estate.servers.indices where lastWave[server] >= 0 && retiring.contains(estate.servers[server].id) {
      freedIn[lastWave[server]].append(server)
    }
    var waves: [WavePlan.Wave] = []
    waves.reserveCapacity(count)
    var hosts = 0
    var added = 0.0
    var freedCost = 0.0
    var groupsFrom = 0  // the first of `placed` in this wave
    for number in 0..<count {
      for index in members[number] {
        guard let host = placements[index]?.hostId else { continue }
        if let h = hostIndex[host] {
          guard !hostCounted[h] else { continue }
          hostCounted[h] = true
          added += result.hosts[h].annualCompute + result.hosts[h].annualLicence
          hosts += 1
        } else if otherHosts.insert(host).inserted {
          hosts += 1
        }
      }
      for server in freedIn[number] {
        let record = estate.servers[server]
        freedCost += licences.currentAnnualCost(of: record).low
        freedCost += scenario.current.annualHosting(of: record)
      }
      var groupsTo = groupsFrom
      while groupsTo < placed.count, placed[groupsTo].wave == number { groupsTo += 1 }
      waves.append(
        WavePlan.Wave(
          number: number,
          reason: number == 0 && pilot ? "pilot" : Self.reason(of: placed[groupsFrom..<groupsTo], reasons),
          applications: members[number].count, effortDays: members[number].reduce(0) { $0 + assessed[$1].effortDays },
          serversFreed: freedIn[number].count, cumulativeHosts: hosts,
          cumulativeAnnualDifference: added - freedCost))
      groupsFrom = groupsTo
    }
    // Sorted by app id; applications usually arrive in that order, and then this is one pass.
    let sorted = zip(moving, moving.dropFirst()).allSatisfy { assessed[$0].id <= assessed[$1].id }
    let order = sorted ? moving : moving.sorted { assessed[$0].id < assessed[$1].id }
    return WavePlan(
      waves: waves, order: order, waveNumbers: waveOf, reasonOfApplication: reasonOf, reasons: reasons)
  }
}
