import ContainerFitModel

/// The per-server exports beside services that the CLIXML adapter reads, each from the one-liner
/// `docs/real-world-inputs.md` gives ("Per-server collection"): Windows features, installed
/// products, scheduled tasks and the ANSI code page. Each object becomes an application (a role
/// or product that keeps its server, a scheduled job), a server record (the code page) or an
/// out-of-scope record with its reason; nothing read is dropped.
enum CLIXMLServerExports {
  /// Windows features that are infrastructure roles, and how the assessment recognises each: a
  /// Windows service name (`ServerRole`), or the `infrastructure-role` dependency.
  static let roleFeatures: [String: (service: String?, dependency: Dependency?)] = [
    "fs-dfs-namespace": ("dfs", nil), "fs-dfs-replication": ("dfsr", nil), "fs-fileserver": ("lanmanserver", nil),
    "print-services": ("spooler", nil), "print-server": ("spooler", nil),
    "ad-domain-services": (nil, .infrastructureRole), "dhcp": (nil, .infrastructureRole),
    "dns": (nil, .infrastructureRole), "adcs-cert-authority": (nil, .infrastructureRole),
    "hyper-v": (nil, .infrastructureRole),
  ]

  /// `Get-WindowsFeature` objects: `Name`, `Installed`, `FeatureType`.
  static func isFeature(_ object: CLIXMLDecoder.Object) -> Bool {
    object.has("Name") && object.has("Installed") && object.has("FeatureType")
  }

  static func feature(_ object: CLIXMLDecoder.Object, host: String?) -> RawRecord {
    let name = object.value("Name") ?? ""
    let display = object.value("DisplayName") ?? name
    var record = application(object, host: host, id: "role/\(name)", name: display, kind: .windowsService)
    record.keep("FeatureName", name)
    record.keep("FeatureType", object.value("FeatureType"))
    if object.value("Installed").flatMap(ValueParser.boolean) == false {
      record.outOfScopeReason = "Windows feature not installed"
    } else if let role = roleFeatures[name.lowercased()] {
      record.set(.runtime, .text("native"), at: object.location)
      if let service = role.service { record.keep("ServiceName", service) }
      if let dependency = role.dependency {
        record.set(.dependencies, .list([dependency.rawValue]), at: object.location)
      }
    } else if name.lowercased() == "web-server" {
      record.outOfScopeReason = "Windows feature: IIS is installed, its sites are the applications (appcmd list site)"
    } else if name.lowercased() == "net-framework-features" {
      record.outOfScopeReason = "Windows feature: .NET Framework 3.5 is installed"
    } else {
      record.outOfScopeReason = "Windows feature, not a workload"
    }
    return record
  }

  /// `Win32_Product` objects: `Name`, `Vendor`, `IdentifyingNumber`.
  static func isProduct(_ object: CLIXMLDecoder.Object) -> Bool {
    object.has("IdentifyingNumber") && object.has("Name") && object.has("Vendor")
  }

  static func product(_ object: CLIXMLDecoder.Object, host: String?) -> RawRecord {
    let name = object.value("Name") ?? ""
    var record = application(object, host: host, id: "product/\(name)", name: name, kind: .windowsService)
    for property in ["Vendor", "Version", "IdentifyingNumber"] { record.keep(property, object.value(property)) }
    if isDatabaseEngine(name) {
      // A SQL Server instance: a role that stays on a server or moves to a managed database.
      record.set(.runtime, .text("native"), at: object.location)
      record.set(.dependencies, .list([Dependency.databaseServer.rawValue]), at: object.location)
    } else {
      let evidence = productEvidence(name).map { "; evidence of \($0) for the server's applications" } ?? ""
      record.outOfScopeReason =
        "installed product (\(object.value("Vendor") ?? "vendor unknown") \(object.value("Version") ?? ""))\(evidence)"
    }
    return record
  }

  /// `Microsoft SQL Server 2019 (64-bit)` or its Database Engine Services; not its tools and clients.
  static func isDatabaseEngine(_ name: String) -> Bool {
    let lower = name.lowercased()
    guard lower.hasPrefix("microsoft sql server") || lower.hasPrefix("sql server") else { return false }
    if lower.contains("database engine services") { return true }
    let words = [
      "management", "native client", "odbc", "setup", "browser", "vss", "shared", "tools", "policies",
      "language", "client", "reporting", "integration", "analysis", "compact", "express localdb", "t-sql", "dac",
      "writer", "support", "data-tier", "clr", "xevent", "batch parser", "sdk",
    ]
    if words.contains(where: lower.contains) { return false }
    return lower.range(of: #"sql server (\d{4}|\d{4} r2)( \(64-bit\))?$"#, options: .regularExpression) != nil
  }

  /// What a product tells about the applications beside it.
  static func productEvidence(_ name: String) -> String? {
    let lower = name.lowercased()
    if lower.contains("crystal reports") { return "Crystal Reports (32-bit runtime, fonts)" }
    if lower.contains("microsoft office") || lower.contains("microsoft 365 apps") { return "office-interop" }
    if lower.contains("message queuing") { return "msmq" }
    return nil
  }

  /// `Get-ScheduledTask` objects: `TaskName`, `TaskPath`.
  static func isTask(_ object: CLIXMLDecoder.Object) -> Bool { object.has("TaskName") && object.has("TaskPath") }

  static func task(_ object: CLIXMLDecoder.Object, host: String?) -> RawRecord {
    let path = object.value("TaskPath") ?? "\\"
    let name = object.value("TaskName") ?? ""
    var record = application(object, host: host, id: "task\(path)\(name)", name: name, kind: .scheduledTask)
    for property in ["TaskPath", "State", "Author", "Description", "Execute"] {
      record.keep(property, object.value(property))
    }
    if path.lowercased().hasPrefix("\\microsoft\\") { record.outOfScopeReason = "Windows scheduled task" }
    return record
  }

  /// `Get-ItemProperty HKLM:\SYSTEM\CurrentControlSet\Control\Nls\CodePage | Select-Object ACP, OEMCP`.
  static func isCodePage(_ object: CLIXMLDecoder.Object) -> Bool { object.has("ACP") }

  static func codePage(_ object: CLIXMLDecoder.Object, host: String?) -> RawRecord {
    var record = RawRecord(kind: .server, location: object.location)
    record.set(.serverId, text: host, at: object.location)
    record.set(.ansiCodePage, text: object.value("ACP"), at: object.location)
    record.keep("OEMCP", object.value("OEMCP"))
    return record
  }

  private static func application(
    _ object: CLIXMLDecoder.Object, host: String?, id: String, name: String, kind: ApplicationKind
  ) -> RawRecord {
    var record = RawRecord(kind: .application, location: object.location)
    record.set(.appId, text: "\(host ?? "")/\(id)", at: object.location)
    record.set(.name, text: name.isEmpty ? nil : name, at: object.location)
    record.set(.serverId, text: host, at: object.location)
    record.set(.kind, .text(kind.rawValue), at: object.location)
    return record
  }
}
