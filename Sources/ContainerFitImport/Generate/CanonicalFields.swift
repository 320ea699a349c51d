import ContainerFitModel

/// The canonical field names and text values of a server or application, in schema order, for
/// writers of the canonical format. Absent values are omitted.
enum CanonicalFields {
  static let serverNames = [
    "server_id", "hostname", "os_name", "os_build", "cores", "memory_gb", "disk_gb", "platform", "environment",
    "license_edition", "cpu_util_pct", "mem_util_pct", "site", "ansi_code_page",
  ]

  static let applicationNames = [
    "app_id", "name", "server_id", "kind", "runtime", "gui", "registry_state", "local_state", "log_target",
    "code_page_sensitive", "in_memory_state", "install_size_mb", "cpu_cores", "memory_gb", "memory_avg_gb",
    "dependencies", "isolation_required", "instances",
  ]

  static func values(of server: Server) -> [String?] {
    [
      server.id, server.hostname, server.osName, server.osBuild.map(String.init), server.cores.map(String.init),
      server.memoryGB.map(text), server.diskGB.map(text), server.platform?.rawValue, server.environment,
      server.licenseEdition?.rawValue, server.cpuUtilPct.map(text), server.memUtilPct.map(text), server.site,
      server.ansiCodePage.map(String.init),
    ]
  }

  static func values(of app: Application) -> [String?] {
    [
      app.id, app.name, app.serverId, app.kind?.rawValue, app.runtime, app.gui?.rawValue, app.registryState?.rawValue,
      app.localState?.rawValue, app.logTarget?.rawValue, app.codePageSensitive.map(String.init),
      app.inMemoryState.map(String.init), app.installSizeMB.map(text), app.cpuCores.map(text), app.memoryGB.map(text),
      app.memoryAvgGB.map(text), app.dependencies.map { $0.sorted().map(\.rawValue).joined(separator: ";") },
      app.isolationRequired?.rawValue, app.instances.map(String.init),
    ]
  }

  /// `8` for 8.0, else the shortest round-tripping decimal.
  static func text(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
