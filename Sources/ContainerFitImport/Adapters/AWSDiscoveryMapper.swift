import ContainerFitModel

/// Maps the rows of the AWS Migration Hub / Application Discovery Service import CSV onto server
/// records, and each name in its `Applications` list onto an application of that server with only
/// its name known. Dots are part of the column names (`CPU.NumberOfCores`).
struct AWSDiscoveryMapper: CSVRowMapper {
  private var columns = AdapterColumns([])

  /// Whether a header is the AWS discovery import template.
  static func matches(_ columns: AdapterColumns) -> Bool {
    (columns.column("ExternalId") != nil || columns.column("HostName") != nil)
      && (columns.column("CPU.NumberOfCores") != nil || columns.column("RAM.TotalSizeInMB") != nil
        || columns.column("OS.Name") != nil && columns.column("VMware.MoRefId") != nil)
  }

  mutating func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    columns = AdapterColumns(header.map(\.text))
    guard Self.matches(columns) else {
      throw ImportError.notAnInventory(
        path: file, reason: "it is not an AWS discovery import CSV (no ExternalId/HostName and CPU or RAM columns).")
    }
  }

  func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord] {
    var server = RawRecord(kind: .server, location: row.location)
    server.decimalComma = row.decimalComma
    var used: Set<Int> = []
    func column(_ names: String...) -> Int? {
      for name in names {
        if let index = columns.column(name) {
          used.insert(index)
          return index
        }
      }
      return nil
    }
    let external = column("ExternalId")
    let host = column("HostName")
    let vmName = column("VMware.VMName")
    let id = row.text(external) ?? row.text(host) ?? row.text(vmName)
    server.set(.serverId, text: id, at: row.location(row.text(external) == nil ? host : external))
    server.set(.hostname, text: row.text(host) ?? row.text(vmName), at: row.location(host))
    let cores = column("CPU.NumberOfCores", "CPU.NumberOfProcessors")
    server.set(.cores, text: row.text(cores), at: row.location(cores))
    let ram = column("RAM.TotalSizeInMB")
    server.set(
      .serverMemoryGB, number: row.text(ram), factor: 1.0 / 1024, decimalComma: row.decimalComma,
      at: row.location(ram))
    let osName = column("OS.Name")
    let osVersion = column("OS.Version")
    // "Microsoft Windows Server 2019" with "NT 10.0.17763": the build comes from the version.
    let os = [row.text(osName), row.text(osVersion)].compactMap { $0 }.joined(separator: " ").nilIfEmpty
    server.set(.osName, text: os, at: row.location(osName))
    let cpu = column("CPU.UsagePct.Max", "CPU.UsagePct.Avg")
    server.set(.cpuUtilPct, number: row.text(cpu), factor: 1, decimalComma: row.decimalComma, at: row.location(cpu))
    let mem = column("RAM.UsedSizeInMB.Max")
    if let used = row.text(mem).flatMap({ AdapterNumber.parse($0, decimalComma: row.decimalComma) }),
      let total = row.text(ram).flatMap({ AdapterNumber.parse($0, decimalComma: row.decimalComma) }), total > 0
    {
      server.set(.memUtilPct, .number(min(100, used / total * 100)), at: row.location(mem))
    }
    if row.text(column("VMware.MoRefId")) != nil || row.text(vmName) != nil {
      server.set(.platform, .text("vm"), at: row.location)
    }
    let tags = column("Tags")
    for tag in Self.list(row.text(tags)) {
      let parts = tag.split(separator: ":", maxSplits: 1).map { String($0).trimmedWhitespace }
      guard parts.count == 2 else { continue }
      if ["environment", "env"].contains(parts[0].lowercased()) {
        server.set(.environment, text: parts[1], at: row.location(tags))
      }
    }
    let applications = column("Applications")
    for (index, header) in columns.names.enumerated() where !used.contains(index) {
      server.keep(header, row.text(index))
    }
    if let name = row.text(osName), !name.lowercased().contains("windows") {
      server.outOfScopeReason = "non-Windows guest (\(name))"
      return [server]
    }
    var records = [server]
    guard let id else { return records }
    for name in Self.list(row.text(applications)) {
      var app = RawRecord(kind: .application, location: row.location(applications))
      app.set(.appId, text: "\(id)/\(name)", at: row.location(applications))
      app.set(.name, text: name, at: row.location(applications))
      app.set(.serverId, text: id, at: row.location(applications))
      records.append(app)
    }
    return records
  }

  /// The items of a comma-separated list inside one quoted field.
  static func list(_ text: String?) -> [String] {
    guard let text else { return [] }
    return text.split(separator: ",").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
  }
}
