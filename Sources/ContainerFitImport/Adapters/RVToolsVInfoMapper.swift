import ContainerFitModel

/// Maps the rows of an RVTools `vInfo` table (saved as CSV, or read from the `.xlsx`) onto server
/// records, as `docs/real-world-inputs.md` describes: one VM a row, templates, powered-off VMs and
/// non-Windows guests out of scope, every column not mapped kept as an attribute.
struct RVToolsVInfoMapper: CSVRowMapper {
  private var columns = AdapterColumns([])
  private var used: Set<Int> = []

  /// Whether a header is an RVTools `vInfo` header.
  static func matches(_ columns: AdapterColumns) -> Bool {
    columns.hasAll("VM", "Powerstate", "CPUs", "Memory")
      && (columns.column("Provisioned MiB", "Provisioned MB", "OS according to the VMware Tools", "VM UUID") != nil)
  }

  mutating func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    columns = AdapterColumns(header.map(\.text))
    guard Self.matches(columns) else {
      throw ImportError.notAnInventory(
        path: file, reason: "it is not an RVTools vInfo export (no VM, Powerstate, CPUs and Memory columns).")
    }
  }

  mutating func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord] {
    let vm = column("VM")
    let uuid = column("VM UUID")
    let dns = column("DNS Name")
    let name = row.text(dns) ?? row.text(vm)
    var record = RawRecord(kind: .server, location: row.location)
    record.decimalComma = row.decimalComma
    record.set(.serverId, text: row.text(uuid) ?? row.text(vm), at: row.location(row.text(uuid) == nil ? vm : uuid))
    record.set(.hostname, text: name, at: row.location(row.text(dns) == nil ? vm : dns))
    let toolsOS = column("OS according to the VMware Tools")
    let configOS = column("OS according to the configuration file")
    // The Tools OS is empty whenever VMware Tools is not running; the configured OS stands in.
    let osColumn = row.text(toolsOS) == nil ? configOS : toolsOS
    let os = row.text(osColumn)
    record.set(.osName, text: os, at: row.location(osColumn))
    let cpus = column("CPUs")
    record.set(.cores, text: row.text(cpus), at: row.location(cpus))
    let memory = column("Memory")
    record.set(
      .serverMemoryGB, number: row.text(memory), factor: 1.0 / 1024, decimalComma: row.decimalComma,
      at: row.location(memory))
    // `Provisioned MB` (RVTools 3.x) holds MiB as well.
    let disk = column("Provisioned MiB", "Provisioned MB")
    record.set(
      .diskGB, number: row.text(disk), factor: 1.0 / 1024, decimalComma: row.decimalComma, at: row.location(disk))
    record.set(.platform, .text("vm"), at: row.location)
    let cluster = column("Cluster")
    let site = [column("Datacenter"), cluster].compactMap { row.text($0) }.joined(separator: "/")
    record.set(.site, text: site.isEmpty ? nil : site, at: row.location(column("Datacenter")))
    record.set(.cluster, text: row.text(cluster), at: row.location(cluster))
    let host = column("Host")
    record.set(.hypervisorHost, text: row.text(host), at: row.location(host))
    for (index, header) in columns.names.enumerated() where !used.contains(index) {
      record.keep(header, row.text(index))
    }
    let power = row.text(column("Powerstate"))
    // Kept for the server list (a suspended VM is in scope, and its owner should know).
    record.keep("Powerstate", power)
    record.outOfScopeReason = Self.outOfScopeReason(template: row.text(column("Template")), powerState: power, os: os)
    return [record]
  }

  /// Why a VM is not a Windows workload to assess, if it is not.
  static func outOfScopeReason(template: String?, powerState: String?, os: String?) -> String? {
    if let template, ValueParser.boolean(template) == true { return "VM template" }
    if let powerState, powerState.lowercased() == "poweredoff" { return "powered off" }
    if let os, !os.lowercased().contains("windows") { return "non-Windows guest (\(os))" }
    return nil
  }

  /// The column of a documented name, remembered as used.
  private mutating func column(_ names: String...) -> Int? {
    for name in names {
      if let index = columns.column(name) {
        used.insert(index)
        return index
      }
    }
    return nil
  }
}
