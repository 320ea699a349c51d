/// The columns of an export's header, found by the names its vendor documents. Names match
/// case-insensitively after trimming, ignoring a leading `*` (Azure marks mandatory columns with
/// it) and everything but letters and digits (`Memory (In MB)` is `memoryinmb`, `CPU.NumberOfCores`
/// is `cpunumberofcores`).
struct AdapterColumns: Sendable {
  /// The header as written.
  let names: [String]
  private let byKey: [String: Int]

  init(_ names: [String]) {
    self.names = names
    var byKey: [String: Int] = [:]
    for (index, name) in names.enumerated() where byKey[Self.key(name)] == nil { byKey[Self.key(name)] = index }
    self.byKey = byKey
  }

  /// The matching key of a header name.
  static func key(_ name: some StringProtocol) -> String {
    var key = ""
    for scalar in name.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
      key.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }
    return key
  }

  /// The column of the first of these names the header has.
  func column(_ names: String...) -> Int? {
    for name in names { if let index = byKey[Self.key(name)] { return index } }
    return nil
  }

  /// Whether the header has every one of these names.
  func hasAll(_ names: String...) -> Bool { names.allSatisfy { byKey[Self.key($0)] != nil } }

  /// The keys of the whole header, for detection.
  var keys: Set<String> { Set(byKey.keys) }
}
