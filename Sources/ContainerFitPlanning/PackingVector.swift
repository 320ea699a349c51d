/// A demand or a capacity in the packer's integer units: CPU in millicores, memory in MiB.
/// Integers make "never exceed a capacity" exact, and item sizes are rounded up when converted.
public struct PackingVector: Hashable, Sendable {
  public var cpu: Int
  public var memory: Int

  public init(cpu: Int, memory: Int) {
    self.cpu = cpu
    self.memory = memory
  }

  /// A demand in cores and GiB, rounded up to whole millicores and MiB (never under-reserves).
  public init(demandCores cores: Double, memoryGB: Double) {
    self.cpu = Int((max(0, cores) * 1000 - 1e-9).rounded(.up))
    self.memory = Int((max(0, memoryGB) * 1024 - 1e-9).rounded(.up))
  }

  /// A capacity in cores and GiB, rounded down (never over-promises).
  public init(capacityCores cores: Double, memoryGB: Double) {
    self.cpu = Int((max(0, cores) * 1000 + 1e-9).rounded(.down))
    self.memory = Int((max(0, memoryGB) * 1024 + 1e-9).rounded(.down))
  }

  /// True when this demand fits within `capacity` in every dimension.
  public func fits(in capacity: PackingVector) -> Bool { cpu <= capacity.cpu && memory <= capacity.memory }
}

extension PackingVector {
  /// What is left of this capacity after `load` (negative where the load exceeds it).
  func minus(_ load: PackingVector) -> PackingVector {
    PackingVector(cpu: cpu - load.cpu, memory: memory - load.memory)
  }
}
