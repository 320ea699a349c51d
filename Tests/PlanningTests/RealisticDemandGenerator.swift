import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning

/// Demand vectors like real estates': servers of common sizes, observed utilisation, a few apps
/// each. The benchmark harness (`Benchmarks/StageBench`, mode `pack`) compiles this file as well.
enum RealisticDemandGenerator {
  static func items(count: Int, rng: inout SeededGenerator) -> [PackingVector] {
    (0..<count).map { _ in
      let cores = [2, 4, 4, 8, 8, 16].randomElement(using: &rng) ?? 4
      let memory = Double(cores) * ([2.0, 4, 4, 8].randomElement(using: &rng) ?? 4)
      let apps = Double(Int.random(in: 1...12, using: &rng))
      let cpuUtil = Double(Int.random(in: 5...90, using: &rng))
      let memUtil = Double(Int.random(in: 20...95, using: &rng))
      return PackingVector(
        demandCores: Double(cores) * cpuUtil / 100 / apps, memoryGB: memory * memUtil / 100 / apps)
    }
  }
}
