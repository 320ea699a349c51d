import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning

/// The ten classes of two-dimensional vector packing instances of Caprara and Toth, "Lower bounds
/// and algorithms for the 2-dimensional vector packing problem", Discrete Applied Mathematics 111
/// (2001), section 6 (classes 1–4 and 9 after Spieksma, 1994); the standard benchmark of the
/// vector packing literature (Masson et al. 2013; Brandão and Pedroso 2016; Heßler et al. 2018).
/// Parameters as in the reference generator of M. Stillwell's vpack
/// (github.com/marklee77/vpack, vectorpack/caprara2001lba/generators.py); U[a, b] is a uniform
/// integer, both dimensions drawn independently unless said otherwise:
///
/// | class | item sizes | capacity |
/// |---|---|---|
/// | 1 | U[100, 400] | 1000 |
/// | 2 | U[1, 1000] | 1000 |
/// | 3 | U[200, 800] | 1000 |
/// | 4 | U[50, 200] | 1000 |
/// | 5 | U[25, 100] | 1000 |
/// | 6 | U[20, 100] | 150 |
/// | 7 | a ∈ U[20, 100], b ∈ U[a − 10, a + 10] (positively correlated) | 150 |
/// | 8 | a ∈ U[20, 100], b ∈ U[110 − a, 130 − a] (negatively correlated) | 150 |
/// | 9 | U[100, 400]; capacity ⌈total_d / L⌉ with L = ⌈max_d total_d / 1000⌉ (tight) | ≈ 1000 |
/// | 10 | triplets a, b ∈ U[25, 50], c = 100 − a − b per dimension (perfect packing, n/3 bins) | 100 |
///
/// The benchmark harness (`Benchmarks/StageBench`, mode `classes`) compiles this file as well.
enum CapraraTothGenerator {
  static func instance(class cls: Int, count: Int, rng: inout SeededGenerator) -> ([PackingVector], PackingVector) {
    func uniform(_ low: Int, _ high: Int) -> Int { Int.random(in: low...high, using: &rng) }
    func independent(_ low: Int, _ high: Int) -> [PackingVector] {
      (0..<count).map { _ in PackingVector(cpu: uniform(low, high), memory: uniform(low, high)) }
    }
    let bin1000 = PackingVector(cpu: 1000, memory: 1000)
    let bin150 = PackingVector(cpu: 150, memory: 150)
    switch cls {
    case 1: return (independent(100, 400), bin1000)
    case 2: return (independent(1, 1000), bin1000)
    case 3: return (independent(200, 800), bin1000)
    case 4: return (independent(50, 200), bin1000)
    case 5: return (independent(25, 100), bin1000)
    case 6: return (independent(20, 100), bin150)
    case 7:
      return (
        (0..<count).map { _ in
          let a = uniform(20, 100)
          return PackingVector(cpu: a, memory: uniform(a - 10, a + 10))
        }, bin150
      )
    case 8:
      return (
        (0..<count).map { _ in
          let a = uniform(20, 100)
          return PackingVector(cpu: a, memory: uniform(110 - a, 130 - a))
        }, bin150
      )
    case 9:
      let items = independent(100, 400)
      let cpu = items.reduce(0) { $0 + $1.cpu }
      let memory = items.reduce(0) { $0 + $1.memory }
      let bins = max(1, (max(cpu, memory) + 999) / 1000)
      return (items, PackingVector(cpu: (cpu + bins - 1) / bins, memory: (memory + bins - 1) / bins))
    default:
      // Perfect packings: every bin of 100 holds a triplet in both dimensions.
      var items: [PackingVector] = []
      while items.count < count {
        let a1 = uniform(25, 50)
        let a2 = uniform(25, 50)
        let b1 = uniform(25, 50)
        let b2 = uniform(25, 50)
        items += [
          PackingVector(cpu: a1, memory: b1), PackingVector(cpu: a2, memory: b2),
          PackingVector(cpu: 100 - a1 - a2, memory: 100 - b1 - b2),
        ]
      }
      items.shuffle(using: &rng)
      return (items, PackingVector(cpu: 100, memory: 100))
    }
  }
}
