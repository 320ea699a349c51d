/// Capacity left unusable by the other dimension: free CPU on hosts whose memory binds, and free
/// memory on hosts whose CPU binds (of the usable capacity). One definition for the plan's total and
/// every pool's row alike (targets-and-economics.md §4).
public struct StrandedCapacity: Sendable, Hashable, Codable {
  public var cpuCores: Double
  public var memoryGB: Double

  public init(cpuCores: Double, memoryGB: Double) {
    self.cpuCores = cpuCores
    self.memoryGB = memoryGB
  }

  /// What `hosts` strand: per host, the usable capacity less what its containers use in each
  /// dimension; the dimension with the smaller free share binds, and the other's free capacity is
  /// stranded.
  public static func of(_ hosts: [PlannedHost]) -> StrandedCapacity {
    var stranded = StrandedCapacity(cpuCores: 0, memoryGB: 0)
    for host in hosts where !host.spare {
      stranded.add(cpuUsed: host.cpuUsed, memoryUsed: host.memoryUsed, host.usableCores, host.usableMemoryGB)
    }
    return stranded
  }

  mutating func add(cpuUsed: Double, memoryUsed: Double, _ usableCores: Double, _ usableMemoryGB: Double) {
    guard usableCores > 0, usableMemoryGB > 0 else { return }
    let freeCPU = max(0, usableCores - cpuUsed)
    let freeMemory = max(0, usableMemoryGB - memoryUsed)
    if freeMemory / usableMemoryGB < freeCPU / usableCores {
      cpuCores += freeCPU
    } else {
      memoryGB += freeMemory
    }
  }
}
