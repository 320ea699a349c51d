/// Why a missing field matters, and what to collect: the report's "what to collect next".
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
