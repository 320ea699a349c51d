import ContainerFitModel

/// Reads a PowerShell `Export-Clixml` export of services (`Get-CimInstance Win32_Service` or
/// `Get-Service`, UTF-16LE with BOM as Windows PowerShell 5.1 writes it, or UTF-8) into
/// `windows-service` applications on the server each object names (`SystemName`, `PSComputerName`,
/// `MachineName`). `Get-Service | Export-Clixml services.xml` run on the server itself writes
/// `MachineName` as `.`: the host then comes from the file's folder or name (`SRV01/services.xml`,
/// `SRV01-services.xml`, `services_SRV01.xml`; real-world-formats.md). Windows' own services are out
/// of scope; other objects are rejected, by place.
public struct CLIXMLAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "clixml"

  public init() {}

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    let root = try XMLDocumentLoader.load(input)
    guard root.name == "Objs" else {
      throw ImportError.notAnInventory(path: input.path, reason: "a CLIXML document's root element is <Objs>.")
    }
    var decoder = CLIXMLDecoder()
    let fileHost = Self.host(fromPath: input.path)
    var hostFromPathSaid = false
    for node in root.children {
      let object: CLIXMLDecoder.Object
      switch node.name {
      case "Obj": object = decoder.object(node)
      // The same object written twice: it was read the first time.
      case "Ref": continue
      default:
        diagnose(
          Diagnostic(
            .rejection, at: node.location, "a top-level <\(node.name)> is not a service object; it is not read"))
        continue
      }
      guard let record = Self.record(object, fileHost: fileHost) else {
        let type = object.typeNames.first.map { " (\($0))" } ?? ""
        diagnose(
          Diagnostic(
            .rejection, at: object.location,
            "object\(type) is none of the per-server exports read (a service: Name with PathName or StartMode, or "
              + "ServiceName with Status or StartType; a Windows feature; an installed product; a scheduled task; "
              + "the code page); it is not read"))
        continue
      }
      if record.text(of: .serverId) == nil {
        diagnose(
          Diagnostic(
            .rejection, at: object.location, field: Field.serverId.rawValue,
            "the object names no computer and the file's name or folder gives none: name the file after its server "
              + "(SRV01/features.xml, SRV01-features.xml or features_SRV01.xml)"))
        continue
      }
      if !hostFromPathSaid, let fileHost, !Self.namesItsHost(object) {
        hostFromPathSaid = true
        diagnose(
          Diagnostic(
            .warning, at: object.location, field: Field.serverId.rawValue,
            "the objects name no computer (MachineName '.', as Get-Service writes it on the server itself): "
              + "their host is taken from the file's name or folder, '\(fileHost)'"))
      }
      try emit(record)
    }
  }

  /// The record an exported object gives: a service, a Windows feature, an installed product, a
  /// scheduled task or the code page; `nil` for an object of another kind.
  static func record(_ object: CLIXMLDecoder.Object, fileHost: String?) -> RawRecord? {
    if let service = service(object, fileHost: fileHost) { return service }
    let machine = object.value("MachineName").flatMap { $0 == "." ? nil : $0 }
    let host = object.value("PSComputerName") ?? object.value("SystemName") ?? machine ?? fileHost
    if CLIXMLServerExports.isFeature(object) { return CLIXMLServerExports.feature(object, host: host) }
    if CLIXMLServerExports.isProduct(object) { return CLIXMLServerExports.product(object, host: host) }
    if CLIXMLServerExports.isTask(object) { return CLIXMLServerExports.task(object, host: host) }
    if CLIXMLServerExports.isCodePage(object) { return CLIXMLServerExports.codePage(object, host: host) }
    return nil
  }

  /// True when the object itself names its computer.
  static func namesItsHost(_ object: CLIXMLDecoder.Object) -> Bool {
    object.value("SystemName") != nil || object.value("PSComputerName") != nil
      || object.value("MachineName").map { $0 != "." } == true
  }

  /// The application a service object describes, `nil` for an object of another kind.
  static func service(_ object: CLIXMLDecoder.Object, fileHost: String? = nil) -> RawRecord? {
    let isCIM = object.has("Name") && (object.has("PathName") || object.has("StartMode"))
    let isController = object.has("ServiceName") && (object.has("Status") || object.has("StartType"))
    guard isCIM || isController, let name = object.value(isCIM ? "Name" : "ServiceName") else { return nil }
    let machine = object.value("MachineName").flatMap { $0 == "." ? nil : $0 }
    let host = object.value("SystemName") ?? object.value("PSComputerName") ?? machine ?? fileHost
    var record = RawRecord(kind: .application, location: object.location)
    record.set(.appId, text: "\(host ?? "")/service/\(name)", at: object.location)
    record.set(.name, text: object.value("DisplayName") ?? name, at: object.location)
    record.set(.serverId, text: host, at: object.location)
    record.set(.kind, .text(ApplicationKind.windowsService.rawValue), at: object.location)
    if let account = object.value("StartName"), isDomainAccount(account) {
      record.set(.dependencies, .list([Dependency.windowsAuth.rawValue]), at: object.location)
    }
    for (property, value) in object.properties where !["DisplayName", "SystemName"].contains(property) {
      record.keep(property, value)
    }
    if isWindowsService(name: name, path: object.value("PathName")) {
      record.outOfScopeReason = "Windows system service"
    }
    return record
  }

  /// The host a per-server export's path names: the file name less the words an export is named
  /// by (`SRV01-services.xml`, `services_SRV01.clixml`), else the folder (`SRV01/services.xml`).
  static func host(fromPath path: String) -> String? {
    let components = path.split(separator: "/").map(String.init)
    guard let file = components.last else { return nil }
    let stem = file.split(separator: ".").first.map(String.init) ?? file
    let exportWords: Set<String> = [
      "services", "service", "svc", "clixml", "export", "get", "features", "feature", "products", "product", "tasks",
      "task", "scheduledtasks", "codepage", "win32", "cim",
    ]
    let named = stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
      .filter { !exportWords.contains($0.lowercased()) }
    if named.count == 1, let name = named.first { return name }
    guard named.isEmpty, components.count >= 2 else { return nil }
    let folder = components[components.count - 2]
    return folder == "." || folder.isEmpty ? nil : folder
  }

  /// `CORP\svc_app` or `svc_app@corp.local`; not LocalSystem, `NT AUTHORITY\...`, `NT SERVICE\...` or `.\local`.
  static func isDomainAccount(_ account: String) -> Bool {
    let lowered = account.lowercased()
    if lowered.contains("@") { return true }
    guard let slash = lowered.firstIndex(of: "\\") else { return false }
    let domain = lowered[..<slash]
    return !["nt authority", "nt service", ".", "builtin", "localhost"].contains(String(domain))
  }

  /// Microsoft's own services: a binary under the Windows folder, or a well-known name when the
  /// export (`Get-Service`) has no path.
  static func isWindowsService(name: String, path: String?) -> Bool {
    if let path = path?.lowercased() {
      return path.contains(#":\windows\"#) || path.contains("%systemroot%") || path.contains("%windir%")
    }
    return knownWindowsServices.contains(name.lowercased())
  }

  static let knownWindowsServices: Set<String> = [
    "appinfo", "audiosrv", "bfe", "bits", "browser", "certpropsvc", "cryptsvc", "dcomlaunch", "dhcp", "dnscache",
    "dps", "eventlog", "eventsystem", "gpsvc", "iphlpsvc", "lanmanserver", "lanmanworkstation", "lmhosts",
    "mpssvc", "msdtc", "netlogon", "netman", "netprofm", "nlasvc", "nsi", "plugplay", "policyagent", "power",
    "profsvc", "rpceptmapper", "rpcss", "samss", "schedule", "seclogon", "sens", "sessionenv", "shellhwdetection",
    "spooler", "sysmain", "systemeventsbroker", "termservice", "themes", "trustedinstaller", "umrdpservice",
    "w32time", "w3svc", "was", "wersvc", "winmgmt", "winrm", "wuauserv", "wmiapsrv",
  ]
}
