/// A canonical inventory field (`inventory-schema.md`). Readers resolve a header, key or
/// attribute name to a `Field` once, through `FieldName`, and decode values by field.
public enum Field: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
  // Server fields.
  case serverId = "server_id"
  case hostname
  case osName = "os_name"
  case osBuild = "os_build"
  case cores
  case serverMemoryGB = "server.memory_gb"
  case diskGB = "disk_gb"
  case platform
  case environment
  case licenseEdition = "license_edition"
  case cpuUtilPct = "cpu_util_pct"
  case memUtilPct = "mem_util_pct"
  case site
  case ansiCodePage = "ansi_code_page"
  // Application fields.
  case appId = "app_id"
  case name
  case kind
  case runtime
  case gui
  case registryState = "registry_state"
  case localState = "local_state"
  case logTarget = "log_target"
  case codePageSensitive = "code_page_sensitive"
  case inMemoryState = "in_memory_state"
  case installSizeMB = "install_size_mb"
  case cpuCores = "cpu_cores"
  case appMemoryGB = "memory_gb"
  case memoryAvgGB = "memory_avg_gb"
  case dependencies
  case isolationRequired = "isolation_required"
  case instances
  // Server fields of the virtual infrastructure (RVTools vInfo `Host` and `Cluster`): where a VM runs,
  // for licences counted per hypervisor host. Context, not data gaps.
  case hypervisorHost = "hypervisor_host"
  case cluster

  /// Whether the field describes the server (as opposed to the application).
  public var isServerField: Bool {
    switch self {
    case .serverId, .hostname, .osName, .osBuild, .cores, .serverMemoryGB, .diskGB, .platform, .environment,
      .licenseEdition, .cpuUtilPct, .memUtilPct, .site, .ansiCodePage, .hypervisorHost, .cluster:
      return true
    default:
      return false
    }
  }

  /// The name used in messages and data-gap listings: the schema's name, with `server.` in front of
  /// server fields when they are reported against an application (`server.cores`).
  public var schemaName: String { rawValue == "server.memory_gb" ? "memory_gb" : rawValue }

  /// The name of a data gap on this field, as listed per application.
  public var gapName: String {
    guard isServerField else { return rawValue }
    return self == .serverMemoryGB ? "server.memory_gb" : "server.\(rawValue)"
  }

  /// The value type the schema gives the field.
  public var valueType: FieldValueType {
    switch self {
    case .serverId, .hostname, .osName, .environment, .site, .appId, .name, .runtime, .hypervisorHost, .cluster:
      return .text
    case .osBuild, .cores, .ansiCodePage, .instances: return .integer
    case .serverMemoryGB, .diskGB, .cpuUtilPct, .memUtilPct, .installSizeMB, .cpuCores, .appMemoryGB, .memoryAvgGB:
      return .decimal
    case .codePageSensitive, .inMemoryState: return .boolean
    case .dependencies: return .list
    case .platform, .licenseEdition, .kind, .gui, .registryState, .localState, .logTarget, .isolationRequired:
      return .enumeration
    }
  }

  /// Whether an input that lacks the field is worth a mention: not for the virtual infrastructure's
  /// context, which most inventories do not carry and no assessment needs.
  public var isExpected: Bool { self != .hypervisorHost && self != .cluster }

  public static func < (lhs: Field, rhs: Field) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a field's text is decoded.
public enum FieldValueType: Sendable {
  case text, integer, decimal, boolean, list, enumeration
}
