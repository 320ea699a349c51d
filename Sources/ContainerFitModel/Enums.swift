/// Closed vocabularies of the canonical inventory schema (`inventory-schema.md`).
/// Raw values are exactly the strings the schema uses, so they read and print as written.

/// Where a server runs today.
public enum Platform: String, Codable, Sendable, CaseIterable, Hashable {
  case vm, physical, cloud
}

/// How the server's Windows licence is held today.
public enum LicenseEdition: String, Codable, Sendable, CaseIterable, Hashable {
  case standard, datacenter, included, none
}

/// What sort of workload an application is.
public enum ApplicationKind: String, Codable, Sendable, CaseIterable, Hashable {
  case iisSite = "iis-site"
  case windowsService = "windows-service"
  case scheduledTask = "scheduled-task"
  case console
  case desktop
}

/// How much the application depends on an interactive GUI.
public enum GUIDependence: String, Codable, Sendable, CaseIterable, Hashable {
  case none, optional, required
}

/// What the application does with the Windows registry.
public enum RegistryState: String, Codable, Sendable, CaseIterable, Hashable {
  case none, read, write
}

/// What the application keeps on local disk.
public enum LocalState: String, Codable, Sendable, CaseIterable, Hashable {
  case none, logs, data
}

/// Where the application writes its logs.
public enum LogTarget: String, Codable, Sendable, CaseIterable, Hashable {
  case stdout, eventlog, file
}

/// Whether the application must be kernel-isolated.
public enum IsolationRequirement: String, Codable, Sendable, CaseIterable, Hashable {
  case any, hyperv
}

/// A platform feature an application depends on; each one the assessment weighs.
public enum Dependency: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
  case comPlus = "com+"
  case msdtc
  case msmq
  case gac
  case windowsAuth = "windows-auth"
  case smbShare = "smb-share"
  case printer
  case fonts
  case directx
  case kernelDriver = "kernel-driver"
  case msiInstaller = "msi-installer"
  case bits32 = "32-bit"
  case officeInterop = "office-interop"
  case infrastructureRole = "infrastructure-role"
  case databaseServer = "database-server"
  case sharedMemory = "shared-memory"
  case nonHTTPBinding = "non-http-binding"

  public static func < (lhs: Dependency, rhs: Dependency) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The operating system a container image is built for: a Windows LTSC build, or Linux for a
/// cross-platform application with nothing tying it to Windows.
public enum ContainerOS: String, Codable, Sendable, CaseIterable, Hashable {
  case windows, linux

  /// The build recorded for a Linux image and a Linux host, which have no Windows build; outputs
  /// write `null` (or "Linux") instead.
  public static let noWindowsBuild = 0
}

/// Container isolation mode on Windows.
public enum Isolation: String, Codable, Sendable, CaseIterable, Hashable {
  case process, hyperv
}
