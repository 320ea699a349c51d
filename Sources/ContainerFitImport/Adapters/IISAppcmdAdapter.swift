import ContainerFitModel
import Foundation

/// Reads IIS's configuration as `appcmd list site|app|apppool /xml` prints it (one file or several
/// listings in one `<appcmd>` element), or `applicationHost.config` itself. Every application (or,
/// without `APP` entries, every site) becomes an `iis-site` application; its pool gives the runtime
/// (`v2.0` .NET 3.5, `v4.0` .NET 4.x, empty no managed code) and `32-bit`; a non-HTTP binding of
/// its site is a `non-http-binding` dependency. A site's root application (`Default Web Site/`) is
/// the site itself and takes its name; virtual directories are not applications. The server is the
/// file's folder (a per-host folder).
public struct IISAppcmdAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "iis-appcmd"

  public init() {}

  /// An application as both file shapes describe it.
  struct Site {
    var name: String
    var bindings: [String]
    var location: SourceLocation
  }

  struct App {
    var name: String
    var site: String
    var pool: String?
    var location: SourceLocation
  }

  struct Pool {
    var runtimeVersion: String?
    var is32Bit: Bool
  }

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    let root = try XMLDocumentLoader.load(input)
    var sites: [Site] = []
    var apps: [App] = []
    var pools: [String: Pool] = [:]
    switch root.name {
    case "appcmd": Self.readListing(root, sites: &sites, apps: &apps, pools: &pools)
    case "configuration":
      guard let host = root.child("system.applicationHost") else {
        throw ImportError.notAnInventory(path: input.path, reason: "it has no system.applicationHost section.")
      }
      Self.readConfig(host, sites: &sites, apps: &apps, pools: &pools)
    default:
      throw ImportError.notAnInventory(
        path: input.path, reason: "its root element is neither appcmd nor configuration.")
    }
    let server = URL(fileURLWithPath: input.url).standardizedFileURL.deletingLastPathComponent().lastPathComponent
    // Without APP entries (`appcmd list site` alone) each site is one application.
    let entries =
      apps.isEmpty ? sites.map { App(name: $0.name, site: $0.name, pool: nil, location: $0.location) } : apps
    let bindingsBySite = Dictionary(sites.map { ($0.name, $0.bindings) }, uniquingKeysWith: { first, _ in first })
    for app in entries {
      var record = RawRecord(kind: .application, location: app.location)
      record.set(.appId, text: "\(server)/iis/\(app.name)", at: app.location)
      record.set(.name, text: app.name, at: app.location)
      record.set(.serverId, text: server, at: app.location)
      record.set(.kind, .text(ApplicationKind.iisSite.rawValue), at: app.location)
      var dependencies: [String] = []
      if let poolName = app.pool, let pool = pools[poolName] {
        record.keep("applicationPool", poolName)
        switch pool.runtimeVersion?.lowercased() {
        case "v2.0"?: record.set(.runtime, .text("dotnet-framework-3.5"), at: app.location)
        case "v4.0"?: record.set(.runtime, .text("dotnet-framework-4"), at: app.location)
        case ""?, nil: record.keep("managedRuntimeVersion", "No Managed Code")
        case let other?: record.keep("managedRuntimeVersion", other)
        }
        if pool.is32Bit { dependencies.append(Dependency.bits32.rawValue) }
      }
      let bindings = bindingsBySite[app.site] ?? []
      record.keep("bindings", bindings.isEmpty ? nil : bindings.joined(separator: ","))
      if App2ContainerAdapter.hasNonHTTPBinding(bindings.joined(separator: ",")) {
        dependencies.append(Dependency.nonHTTPBinding.rawValue)
      }
      if !dependencies.isEmpty { record.set(.dependencies, .list(dependencies), at: app.location) }
      try emit(record)
    }
  }

  private static func readListing(
    _ root: XMLNode, sites: inout [Site], apps: inout [App], pools: inout [String: Pool]
  ) {
    for node in root.children {
      switch node.name.uppercased() {
      case "SITE":
        guard let name = node.attribute("SITE.NAME") else { continue }
        let bindings = node.attribute("bindings").map { $0.split(separator: ",").map(String.init) } ?? []
        sites.append(Site(name: name, bindings: bindings, location: node.location))
      case "APP":
        guard let listed = node.attribute("APP.NAME") else { continue }
        let site = node.attribute("SITE.NAME") ?? String(listed.split(separator: "/").first ?? "")
        let name = listed == site + "/" ? site : listed
        apps.append(App(name: name, site: site, pool: node.attribute("APPPOOL.NAME"), location: node.location))
      case "APPPOOL":
        guard let name = node.attribute("APPPOOL.NAME") else { continue }
        pools[name] = Pool(runtimeVersion: attribute(node, "RuntimeVersion"), is32Bit: is32Bit(node))
      default:
        continue
      }
    }
  }

  private static func readConfig(
    _ section: XMLNode, sites: inout [Site], apps: inout [App], pools: inout [String: Pool]
  ) {
    let poolSection = section.child("applicationPools")
    let defaults = poolSection?.child("applicationPoolDefaults")
    // IIS's default CLR is v4.0 unless the defaults say otherwise.
    let defaultRuntime = defaults.flatMap { attribute($0, "managedRuntimeVersion") } ?? "v4.0"
    for pool in poolSection?.children("add") ?? [] {
      guard let name = pool.attribute("name") else { continue }
      pools[name] = Pool(
        runtimeVersion: attribute(pool, "managedRuntimeVersion") ?? defaultRuntime,
        is32Bit: is32Bit(pool) || (defaults.map(is32Bit) ?? false))
    }
    let defaultPool = section.child("sites")?.child("applicationDefaults")?.attribute("applicationPool")
    for site in section.child("sites")?.children("site") ?? [] {
      guard let siteName = site.attribute("name") else { continue }
      let bindings = site.child("bindings")?.children("binding").map {
        "\($0.attribute("protocol") ?? "")/\($0.attribute("bindingInformation") ?? "")"
      }
      sites.append(Site(name: siteName, bindings: bindings ?? [], location: site.location))
      for app in site.children("application") {
        let path = app.attribute("path") ?? "/"
        let name = path == "/" ? siteName : siteName + path
        apps.append(
          App(name: name, site: siteName, pool: app.attribute("applicationPool") ?? defaultPool, location: app.location)
        )
      }
    }
  }

  /// An attribute by name, case-insensitively (`appcmd` and the schema differ in case).
  private static func attribute(_ node: XMLNode, _ name: String) -> String? {
    node.attributes.first { $0.name.lowercased() == name.lowercased() }?.value
  }

  /// `enable32BitAppOnWin64="true"` on the pool or on its `<add>` (`appcmd list apppool /config /xml`).
  private static func is32Bit(_ node: XMLNode) -> Bool {
    if attribute(node, "enable32BitAppOnWin64")?.lowercased() == "true" { return true }
    return node.children.contains { is32Bit($0) }
  }
}
