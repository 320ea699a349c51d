import ContainerFitModel
import Foundation

/// Generates a realistic synthetic estate in the canonical model, deterministic for a seed, one
/// server at a time (so 10M applications never sit in memory). The distributions are documented in
/// docs/generate.md; they mimic an enterprise estate of the late 2010s being assessed today.
public struct EstateGenerator: Sendable {
  public var servers: Int
  public var appsPerServer: Int
  public var seed: UInt64

  public init(servers: Int, appsPerServer: Int = 10, seed: UInt64 = 1) {
    self.servers = servers
    self.appsPerServer = appsPerServer
    self.seed = seed
  }

  /// Calls `body` with each server and its applications, in order.
  public func forEach(_ body: (Server, [Application]) throws -> Void) rethrows {
    var random = SeededGenerator(seed: seed)
    var appNumber = 0
    for index in 0..<servers {
      let server = makeServer(index, &random)
      var apps: [Application] = []
      apps.reserveCapacity(appsPerServer)
      for _ in 0..<appsPerServer {
        appNumber += 1
        apps.append(makeApplication(appNumber, on: server, &random))
      }
      try body(server, apps)
    }
  }

  private func makeServer(_ index: Int, _ random: inout SeededGenerator) -> Server {
    let build = random.pick([(9600, 6), (14393, 22), (17763, 42), (20348, 25), (26100, 5)])
    let edition = random.pick(["Standard": 70, "Datacenter": 30].sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    let year = WindowsRelease.all.first { $0.build == build }.map { String($0.name.suffix(4)) } ?? "2019"
    let osName = "Windows Server \(build == 9600 ? "2012 R2" : year) \(edition)"
    let platform = random.pick([(Platform.vm, 72), (.physical, 18), (.cloud, 10)])
    let cores = random.pick([(2, 14), (4, 34), (8, 30), (16, 16), (32, 6)])
    let memory = Double(cores * random.pick([(2, 20), (4, 50), (8, 30)]))
    var server = Server(id: format6("SRV-", index + 1), hostname: format6("host", index + 1).lowercased())
    // A quarter of the estate gives only the OS name, as many CMDB exports do.
    server.osName = osName
    server.osBuild = random.chance(0.75) ? build : nil
    server.cores = cores
    server.memoryGB = memory
    server.diskGB = Double(random.pick([(80, 30), (120, 30), (250, 25), (500, 15)]))
    server.platform = platform
    server.environment = random.pick([("prod", 55), ("test", 25), ("dev", 20)])
    server.licenseEdition = platform == .cloud ? .included : (edition == "Datacenter" ? .datacenter : .standard)
    server.cpuUtilPct = (random.uniform(5, 85) * 10).rounded() / 10
    server.memUtilPct = (random.uniform(25, 92) * 10).rounded() / 10
    server.site = random.pick([("dc-east", 40), ("dc-west", 35), ("branch", 15), ("aws-eu-west-1", 10)])
    server.ansiCodePage = random.pick([(1252, 86), (932, 5), (936, 3), (1251, 3), (1250, 3)])
    return server
  }

  private func makeApplication(_ number: Int, on server: Server, _ random: inout SeededGenerator) -> Application {
    let kind = random.pick([
      (ApplicationKind.iisSite, 40), (.windowsService, 30), (.scheduledTask, 15), (.console, 10), (.desktop, 5),
    ])
    var app = Application(
      id: format6("APP-", number), name: "\(Self.namePrefixes[number % Self.namePrefixes.count]) \(number)",
      serverId: server.id, kind: kind)
    app.runtime = runtime(for: kind, build: server.osBuild ?? 17763, &random)
    app.gui =
      kind == .desktop
      ? random.pick([(GUIDependence.required, 60), (.optional, 40)])
      : random.pick([(GUIDependence.none, 93), (.optional, 6), (.required, 1)])
    app.registryState = random.pick([(RegistryState.none, 58), (.read, 32), (.write, 10)])
    app.localState = random.pick([(LocalState.none, 45), (.logs, 40), (.data, 15)])
    app.logTarget = random.pick([(LogTarget.file, 50), (.eventlog, 30), (.stdout, 20)])
    app.codePageSensitive = random.chance(server.ansiCodePage == 1252 ? 0.03 : 0.25)
    app.inMemoryState = random.chance(kind == .iisSite ? 0.25 : 0.08)
    app.installSizeMB = (random.logUniform(20, 4000)).rounded()
    if random.chance(0.6) {
      app.cpuCores = (random.logUniform(0.1, 4) * 100).rounded() / 100
      app.memoryGB = (random.logUniform(0.25, 16) * 100).rounded() / 100
      app.memoryAvgGB = ((app.memoryGB ?? 1) * random.uniform(0.4, 0.8) * 100).rounded() / 100
    }
    var dependencies = Set<Dependency>()
    for (dependency, probability) in Self.dependencyRates where random.chance(probability) {
      dependencies.insert(dependency)
    }
    if kind == .iisSite, random.chance(0.35) { dependencies.insert(.windowsAuth) }
    app.dependencies = dependencies
    app.isolationRequired = random.chance(0.03) ? .hyperv : .any
    app.instances = kind == .iisSite && random.chance(0.2) ? random.pick([(2, 70), (3, 20), (4, 10)]) : 1
    return app
  }

  private func runtime(for kind: ApplicationKind, build: Int, _ random: inout SeededGenerator) -> String {
    switch kind {
    case .iisSite:
      return random.pick([
        ("dotnet-framework-4.8", 45), ("dotnet-framework-4.7.2", 15), ("dotnet-framework-3.5", 10),
        ("classic-asp", 6), ("dotnet-6", 8), ("dotnet-8", 12), ("node-20", 2), ("python-3", 2),
      ])
    case .windowsService, .console, .scheduledTask:
      return random.pick([
        ("dotnet-framework-4.8", 35), ("dotnet-framework-4.7.2", 10), ("dotnet-8", 15), ("dotnet-6", 8),
        ("java-17", 12), ("native", 10), ("python-3", 6), ("dotnet-framework-3.5", 3), ("dotnet-framework-1.1", 1),
      ])
    case .desktop:
      return random.pick([("dotnet-framework-4.8", 50), ("native", 40), ("dotnet-framework-3.5", 10)])
    }
  }

  private static let dependencyRates: [(Dependency, Double)] = [
    (.comPlus, 0.04), (.msdtc, 0.05), (.msmq, 0.04), (.gac, 0.10), (.smbShare, 0.12), (.printer, 0.03),
    (.fonts, 0.04), (.directx, 0.01), (.kernelDriver, 0.01), (.msiInstaller, 0.15), (.bits32, 0.08),
    (.officeInterop, 0.02), (.infrastructureRole, 0.005), (.databaseServer, 0.03), (.sharedMemory, 0.01),
    (.nonHTTPBinding, 0.04),
  ]

  private static let namePrefixes = [
    "Payroll", "Orders", "Invoicing", "Warehouse", "Customer Portal", "Reporting", "HR Self-Service", "Claims",
    "Scheduling", "Inventory Sync", "Label Print", "Document Archive", "Pricing Engine", "Fleet Tracking",
    "Intranet", "Timesheets",
  ]

  private func format6(_ prefix: String, _ number: Int) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }
}
