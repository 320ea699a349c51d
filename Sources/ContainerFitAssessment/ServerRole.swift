import ContainerFitModel

/// A server role that inventories list as an application: a database engine, a DFS namespace, a
/// file server or a print server. Each stays on a server or moves to a managed service, never into
/// a container. Detected from what inventories carry: a Windows or server-product service (kind
/// `windows-service` or unknown, runtime `native` or unknown) whose dependencies, name or service
/// name say which role it is. The assessor decides an application's roles once (`roles(of:runtime:)`,
/// kept in the rule context); the role rules raise the blockers, and `DependencyRule` leaves out the
/// dependency finding a role replaces, so one remedy counts once.
public enum ServerRole: String, CaseIterable, Sendable {
  case databaseEngine = "database engine"
  case dfsNamespace = "DFS namespace"
  case fileServer = "file server"
  case printServer = "print server"

  /// The dependency whose finding the role's blocker replaces.
  var replacedDependency: Dependency {
    switch self {
    case .databaseEngine: return .databaseServer
    case .dfsNamespace, .fileServer: return .smbShare
    case .printServer: return .printer
    }
  }

  /// Every role `app` is, each with the evidence that shows it. A DFS namespace is not also reported
  /// as a file server: moving its shares is part of its remedy.
  public static func roles(of app: Application, runtime: Runtime?) -> [ServerRole: String] {
    guard isServiceShape(app, runtime) else { return [:] }
    let dependencies = app.dependencies ?? []
    let service = serviceName(app)
    var roles: [ServerRole: String] = [:]
    for role in allCases {
      if role == .fileServer, roles[.dfsNamespace] != nil { continue }
      roles[role] = role.evidence(for: app, runtime: runtime, dependencies: dependencies, service: service)
    }
    return roles
  }

  /// The evidence that `app`, a service with `dependencies` and Windows service name `service`, is
  /// this role, or `nil` when it is not.
  private func evidence(
    for app: Application, runtime: Runtime?, dependencies: Set<Dependency>, service: String?
  ) -> String? {
    switch self {
    case .databaseEngine:
      if dependencies.contains(.databaseServer) { return Self.describe(app, runtime, dependency: .databaseServer) }
      guard let service, service == "mssqlserver" || service.hasPrefix("mssql$") else { return nil }
      return Self.describe(app, runtime, service: service)
    case .dfsNamespace:
      if let service, service == "dfs" || service == "dfsr" { return Self.describe(app, runtime, service: service) }
      guard dependencies.contains(.smbShare) || dependencies.contains(.infrastructureRole) else { return nil }
      let name = app.name.lowercased()
      let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      guard words.contains("dfs") || name.contains("distributed file system") else { return nil }
      return Self.describe(app, runtime, dependency: dependencies.contains(.smbShare) ? .smbShare : .infrastructureRole)
    case .fileServer:
      if service == "lanmanserver" { return Self.describe(app, runtime, service: "lanmanserver") }
      guard dependencies.contains(.smbShare), Self.names(app, any: Self.fileServerNames) else { return nil }
      return Self.describe(app, runtime, dependency: .smbShare)
    case .printServer:
      if service == "spooler" { return Self.describe(app, runtime, service: "spooler") }
      guard dependencies.contains(.printer), Self.names(app, any: Self.printServerNames) else { return nil }
      return Self.describe(app, runtime, dependency: .printer)
    }
  }
}

extension ServerRole {
  // Names a consultant reads as the role itself (not an application that uses shares or printers),
  // in the languages of the samples' sites.
  fileprivate static let fileServerNames = [
    "file server", "fileserver", "file share", "file services", "dateiserver", "ファイルサーバ",
  ]
  fileprivate static let printServerNames = [
    "print server", "printserver", "print spooler", "print queue", "print services", "druckserver",
    "プリントサーバ", "印刷サーバ",
  ]

  /// A Windows or server-product service: kind `windows-service` (or unknown) and runtime `native`
  /// (or unknown). Applications on .NET, Java and the like use shares and printers; they are not roles.
  fileprivate static func isServiceShape(_ app: Application, _ runtime: Runtime?) -> Bool {
    guard app.kind == nil || app.kind == .windowsService else { return false }
    switch runtime?.family {
    case nil, .native?, .other?: return true
    default: return false
    }
  }

  /// The Windows service name, lowercased, when an export kept it (`Name` of `Win32_Service`,
  /// `ServiceName` of `Get-Service`, or a `service_name` column).
  fileprivate static func serviceName(_ app: Application) -> String? {
    for key in app.attributes.keys.sorted() {
      guard let value = app.attributes[key] else { continue }
      let normalised = key.lowercased().filter { $0 != "_" && $0 != " " && $0 != "-" }
      if normalised == "servicename" || normalised == "name" || normalised == "service" { return value.lowercased() }
    }
    return nil
  }

  fileprivate static func names(_ app: Application, any needles: [String]) -> Bool {
    let name = app.name.lowercased()
    return needles.contains { name.contains($0) }
  }

  /// `name = "Branch File Shares", kind = windows-service, runtime = native, dependencies include smb-share`.
  fileprivate static func describe(
    _ app: Application, _ runtime: Runtime?, dependency: Dependency? = nil, service: String? = nil
  ) -> String {
    var parts = ["name = \"\(app.name)\""]
    if let kind = app.kind { parts.append("kind = \(kind.rawValue)") }
    if let runtime { parts.append("runtime = \(runtime.raw)") }
    if let dependency { parts.append("dependencies include \(dependency.rawValue)") }
    if let service { parts.append("service name = \(service)") }
    return parts.joined(separator: ", ")
  }
}
