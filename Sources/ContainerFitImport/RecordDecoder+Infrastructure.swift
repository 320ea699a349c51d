import ContainerFitModel

extension RecordDecoder {
  /// A hypervisor host or cluster record (RVTools vHost, vCluster), its values named by the mapper:
  /// one without a name is rejected; a count or size that is not a number is a warning naming it,
  /// and the value stays unknown.
  func infrastructure(_ record: RawRecord) -> DecodedRecord.Outcome {
    let values = Dictionary(record.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    let sheet = record.kind == .hypervisorHost ? "vHost" : "vCluster"
    func number(_ key: String) -> Double? {
      guard let text = values[key] else { return nil }
      guard let value = AdapterNumber.parse(text, decimalComma: record.decimalComma) else {
        diagnose(
          Diagnostic(
            .warning, at: record.location, field: key, "\(sheet) \(key) '\(text)' is not a number; it is left unknown"))
        return nil
      }
      return value
    }
    let integer = { (key: String) in number(key).map { Int($0) } }
    guard let name = values["name"] else {
      return .rejection(
        Diagnostic(
          .rejection, at: record.location, field: record.kind == .hypervisorHost ? "Host" : "Name",
          "\(sheet) row has no \(record.kind == .hypervisorHost ? "Host" : "Name"), so it cannot be identified"))
    }
    let gigabytes = number("memoryMiB").map { $0 / 1024 }
    if record.kind == .hypervisorCluster {
      return .hypervisorCluster(
        HypervisorCluster(
          name: name, hosts: integer("hosts"), cores: integer("cores"), memoryGB: gigabytes, source: record.location))
    }
    return .hypervisorHost(
      HypervisorHost(
        name: name, cluster: values["cluster"], cpuModel: values["cpuModel"], sockets: integer("sockets"),
        coresPerSocket: integer("coresPerSocket"), cores: integer("cores"), memoryGB: gigabytes,
        version: values["version"], source: record.location))
  }
}
