import ContainerFitModel

/// Maps the rows of the AWS Migration Evaluator inventory template onto server records (and the one
/// application its `Application` column names). Its "(%)" columns hold fractions: 0.60 is 60%.
struct AWSMigrationEvaluatorMapper: CSVRowMapper {
  private var columns = AdapterColumns([])

  /// Whether a header is the Migration Evaluator template.
  static func matches(_ columns: AdapterColumns) -> Bool {
    columns.hasAll("Server Name", "CPU Cores", "Memory (MB)")
  }

  mutating func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    columns = AdapterColumns(header.map(\.text))
    guard Self.matches(columns) else {
      throw ImportError.notAnInventory(
        path: file, reason: "it is not an AWS Migration Evaluator template (no Server Name, CPU Cores, Memory (MB)).")
    }
  }

  func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord] {
    var server = RawRecord(kind: .server, location: row.location)
    server.decimalComma = row.decimalComma
    var used: Set<Int> = []
    func column(_ name: String) -> Int? {
      let index = columns.column(name)
      if let index { used.insert(index) }
      return index
    }
    let nameColumn = column("Server Name")
    let name = row.text(nameColumn)
    server.set(.serverId, text: name, at: row.location(nameColumn))
    server.set(.hostname, text: name, at: row.location(nameColumn))
    let cores = column("CPU Cores")
    server.set(.cores, text: row.text(cores), at: row.location(cores))
    let memory = column("Memory (MB)")
    server.set(
      .serverMemoryGB, number: row.text(memory), factor: 1.0 / 1024, decimalComma: row.decimalComma,
      at: row.location(memory))
    let storage = column("Provisioned Storage (GB)")
    server.set(.diskGB, number: row.text(storage), factor: 1, decimalComma: row.decimalComma, at: row.location(storage))
    let osColumn = column("Operating System")
    let os = row.text(osColumn)
    server.set(.osName, text: os, at: row.location(osColumn))
    let virtual = column("Is Virtual?")
    if let flag = row.text(virtual).flatMap(ValueParser.boolean) {
      server.set(.platform, .text(flag ? "vm" : "physical"), at: row.location(virtual))
    }
    let environment = column("Environment")
    server.set(.environment, text: row.text(environment), at: row.location(environment))
    // Fractions: 0.60 means 60%.
    let cpu = column("Cpu Utilization Peak (%)")
    server.set(.cpuUtilPct, number: row.text(cpu), factor: 100, decimalComma: row.decimalComma, at: row.location(cpu))
    let mem = column("Memory Utilization Peak (%)")
    server.set(.memUtilPct, number: row.text(mem), factor: 100, decimalComma: row.decimalComma, at: row.location(mem))
    let applicationColumn = column("Application")
    for (index, header) in columns.names.enumerated() where !used.contains(index) {
      server.keep(header, row.text(index))
    }
    if let os, !os.lowercased().contains("windows") {
      server.outOfScopeReason = "non-Windows guest (\(os))"
      return [server]
    }
    guard let name, let application = row.text(applicationColumn) else { return [server] }
    var app = RawRecord(kind: .application, location: row.location(applicationColumn))
    app.set(.appId, text: "\(name)/\(application)", at: row.location(applicationColumn))
    app.set(.name, text: application, at: row.location(applicationColumn))
    app.set(.serverId, text: name, at: row.location(applicationColumn))
    return [server, app]
  }
}
