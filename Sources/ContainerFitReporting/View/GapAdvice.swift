/// Why a missing field matters, and how to collect it: the report's "what to collect next" and its
/// list for the applications with insufficient data. The exports named are those containerfit reads
/// (docs/real-world-inputs.md); what only the owner knows goes in a mapped CSV.
enum GapAdvice {
  static func text(for field: String) -> String {
    switch field {
    case "kind": return "Workload kind decides the foreground-process and scheduling work; ask the app owner."
    case "runtime": return "The runtime decides the base image and image size; read it from the install or IIS pool."
    case "gui": return "GUI dependence can be a blocker; confirm whether the app needs an interactive session."
    case "registry_state": return "Registry state is lost with a container; check what the app writes under HKLM/HKCU."
    case "local_state": return "Local files need volumes or an external store; check what the app keeps on disk."
    case "log_target": return "Logs must reach stdout (LogMonitor for files and Event Log); check where it logs."
    case "code_page_sensitive": return "Code-page-sensitive apps cannot run Hyper-V-isolated; check for ANSI APIs."
    case "in_memory_state": return "Sticky sessions or in-process jobs break on container restarts; ask the owner."
    case "install_size_mb": return "Install size drives image size and pull time; measure the install folder."
    case "dependencies": return "Dependencies carry most blockers and remediation; list COM+, MSMQ, drivers, auth."
    case "cpu_cores", "memory_gb":
      return "Demand sizes the hosts; give it per app, or the server's cores, memory and peak utilisation."
    case "server": return "The app names a server no input describes; add it to the server inventory."
    case "server.os_build": return "The OS build decides the container build and isolation; give os_build or os_name."
    case "server.cores": return "Server cores drive today's licence cost and derived demand."
    case "server.license_edition": return "The current edition prices today's licences (Standard or Datacenter)."
    case "server.ansi_code_page": return "A code-page-sensitive app needs a host with the same system code page."
    case "name": return "The inventory gave no display name; the app id stands in."
    default: return "Collect this field to raise the assessment's confidence."
    }
  }
}

extension GapAdvice {
  /// Where a missing field comes from: the command or export that gives it, or whom to ask.
  static func source(for field: String) -> String {
    switch field {
    case "kind":
      return "AWS App2Container `inventory` (IIS sites, services); services: `Get-CimInstance Win32_Service | "
        + "Export-Clixml`; IIS: `appcmd list app /xml`."
    case "runtime":
      return "AWS App2Container `analyze` (`analysis.json`); IIS: `appcmd list apppool /xml` (CLR version)."
    case "gui":
      return "App owner questionnaire, as a mapped CSV (`containerfit validate --suggest-mapping`); on the server, "
        + "`Get-Process | Where-Object MainWindowHandle -ne 0` lists processes with a window."
    case "registry_state":
      return "Sysinternals Process Monitor on the server, filtered on the app's process and `RegSetValue`; or the "
        + "owner. Record as `registry_state` (none, read, write) in a mapped CSV."
    case "local_state":
      return "Process Monitor filtered on `WriteFile` outside the install folder, or the owner; record as "
        + "`local_state` (none, logs, data) in a mapped CSV."
    case "log_target":
      return "The app's logging configuration (log4net, NLog, Serilog, `web.config`) or the owner; record as "
        + "`log_target` (stdout, file, eventlog) in a mapped CSV."
    case "code_page_sensitive":
      return "Owner or code review (ANSI `*A` Windows APIs, non-Unicode files) in a mapped CSV."
    case "in_memory_state": return "Owner: sticky sessions, in-process caches or jobs; in a mapped CSV."
    case "install_size_mb":
      return "`(Get-ChildItem -Recurse <install folder> | Measure-Object Length -Sum).Sum / 1MB` on the server."
    case "dependencies":
      return "AWS App2Container `analyze` (bindings, Windows authentication); COM+, MSMQ, drivers: the owner, in "
        + "a mapped CSV."
    case "server.os_build":
      return "RVTools `vInfo` (OS according to the VMware Tools), or `Get-CimInstance Win32_OperatingSystem | "
        + "Export-Clixml` (BuildNumber)."
    case "server.ansi_code_page":
      return "`Get-ItemProperty HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage ACP` on the server."
    default: return "Add the field to the inventory, or a mapped CSV (`containerfit validate --suggest-mapping`)."
    }
  }
}
