import ContainerFitModel

/// Maps the rows of Azure Migrate's server import CSV onto server records: `*Server name` is the id
/// and hostname, memory is MB, disk is the sum of the `Disk N size (In GB)` columns.
struct AzureMigrateMapper: CSVRowMapper {
  private var columns = AdapterColumns([])
  private var diskColumns: [Int] = []

  /// Whether a header is Azure Migrate's import template.
  static func matches(_ columns: AdapterColumns) -> Bool {
    columns.hasAll("Server name", "Cores", "Memory (In MB)")
  }

  mutating func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    columns = AdapterColumns(header.map(\.text))
    guard Self.matches(columns) else {
      throw ImportError.notAnInventory(
        path: file, reason: "it is not an Azure Migrate import CSV (no Server name, Cores and Memory (In MB)).")
    }
    diskColumns = columns.names.indices.filter {
      let key = AdapterColumns.key(columns.names[$0])
      return key.hasPrefix("disk") && key.hasSuffix("sizeingb")
    }
  }

  func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord] {
    var record = RawRecord(kind: .server, location: row.location)
    record.decimalComma = row.decimalComma
    var used: Set<Int> = Set(diskColumns)
    func text(_ name: String) -> (String?, SourceLocation) {
      let index = columns.column(name)
      if let index { used.insert(index) }
      return (row.text(index), row.location(index))
    }
    let (name, nameAt) = text("Server name")
    record.set(.serverId, text: name, at: nameAt)
    record.set(.hostname, text: name, at: nameAt)
    let (cores, coresAt) = text("Cores")
    record.set(.cores, text: cores, at: coresAt)
    let (memory, memoryAt) = text("Memory (In MB)")
    record.set(.serverMemoryGB, number: memory, factor: 1.0 / 1024, decimalComma: row.decimalComma, at: memoryAt)
    let (os, osAt) = text("OS name")
    let (version, _) = text("OS version")
    // "Windows Server 2019 Datacenter" with "10.0.17763": the build is read from either.
    record.set(.osName, text: [os, version].compactMap { $0 }.joined(separator: " ").nilIfEmpty, at: osAt)
    let (cpu, cpuAt) = text("CPU utilization percentage")
    record.set(.cpuUtilPct, number: cpu, factor: 1, decimalComma: row.decimalComma, at: cpuAt)
    let (mem, memAt) = text("Memory utilization percentage")
    record.set(.memUtilPct, number: mem, factor: 1, decimalComma: row.decimalComma, at: memAt)
    let disks = diskColumns.compactMap {
      row.text($0).flatMap { AdapterNumber.parse($0, decimalComma: row.decimalComma) }
    }
    if !disks.isEmpty { record.set(.diskGB, .number(disks.reduce(0, +)), at: row.location(diskColumns.first)) }
    let (type, typeAt) = text("Server type")
    switch type?.lowercased() {
    case "virtual"?: record.set(.platform, .text("vm"), at: typeAt)
    case "physical"?: record.set(.platform, .text("physical"), at: typeAt)
    default: record.set(.platform, text: type, at: typeAt)
    }
    for (index, header) in columns.names.enumerated() where !used.contains(index) {
      record.keep(header, row.text(index))
    }
    if let os, !os.lowercased().contains("windows") {
      record.outOfScopeReason = "non-Windows guest (\(os))"
    }
    return [record]
  }
}

extension String {
  /// `nil` for the empty string.
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
