import ContainerFitModel

extension Dependency {
  /// A set of dependencies as one number, a bit per case in `allCases` order: cheaper to hash and
  /// compare than the set when it keys a cache. `nil` (unknown) stays `nil`.
  static func mask(_ dependencies: Set<Dependency>?) -> UInt32? {
    guard let dependencies else { return nil }
    var mask: UInt32 = 0
    for dependency in dependencies {
      if let index = allCases.firstIndex(of: dependency) { mask |= 1 << UInt32(index) }
    }
    return mask
  }
}
