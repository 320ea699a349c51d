import ContainerFitModel

/// Maps RVTools' `vHost` rows (one ESXi host a row) onto hypervisor host records: the host, its
/// cluster, CPU model, sockets, cores and memory (MiB), and ESXi version. Column names as RVTools
/// writes them in 4.x (`# CPU`, `Cores per CPU`, `# Cores`, `# Memory`, `ESX Version`).
struct RVToolsVHostMapper: CSVRowMapper {
  private var columns = AdapterColumns([])

  /// Whether a header is an RVTools `vHost` header (not `vInfo`, which also has `Host`).
  static func matches(_ columns: AdapterColumns) -> Bool {
    columns.hasAll("Host", "# Memory") && columns.column("VM") == nil
      && (columns.column("# Cores", "Cores per CPU") != nil)
  }

  mutating func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    columns = AdapterColumns(header.map(\.text))
    guard Self.matches(columns) else {
      throw ImportError.notAnInventory(
        path: file, reason: "it is not an RVTools vHost export (no Host, # Cores and # Memory).")
    }
  }

  mutating func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord] {
    var record = RawRecord(kind: .hypervisorHost, location: row.location)
    record.decimalComma = row.decimalComma
    for (key, names) in Self.keys {
      record.keep(key, columns.column(names).flatMap { row.text($0) })
    }
    return [record]
  }

  /// The record's attribute names (what `HypervisorHost` reads) and the columns they come from.
  static let keys: [(String, [String])] = [
    ("name", ["Host"]), ("cluster", ["Cluster"]), ("cpuModel", ["CPU Model"]), ("sockets", ["# CPU", "CPU"]),
    ("coresPerSocket", ["Cores per CPU"]), ("cores", ["# Cores"]), ("memoryMiB", ["# Memory", "Memory"]),
    ("version", ["ESX Version"]),
  ]
}

/// Maps RVTools' `vCluster` rows onto hypervisor cluster records: name, hosts, cores and memory (MiB).
struct RVToolsVClusterMapper: CSVRowMapper {
  private var columns = AdapterColumns([])

  static func matches(_ columns: AdapterColumns) -> Bool {
    columns.hasAll("Name", "NumHosts") && columns.column("NumCpuCores", "TotalMemory") != nil
  }

  mutating func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    columns = AdapterColumns(header.map(\.text))
    guard Self.matches(columns) else {
      throw ImportError.notAnInventory(
        path: file, reason: "it is not an RVTools vCluster export (no Name and NumHosts).")
    }
  }

  mutating func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord] {
    var record = RawRecord(kind: .hypervisorCluster, location: row.location)
    record.decimalComma = row.decimalComma
    for (key, names) in [
      ("name", ["Name"]), ("hosts", ["NumHosts"]), ("cores", ["NumCpuCores"]), ("memoryMiB", ["TotalMemory"]),
    ] {
      record.keep(key, columns.column(names).flatMap { row.text($0) })
    }
    return [record]
  }
}

extension AdapterColumns {
  /// The column of the first of `names` the header has.
  func column(_ names: [String]) -> Int? {
    for name in names { if let index = column(name) { return index } }
    return nil
  }
}
