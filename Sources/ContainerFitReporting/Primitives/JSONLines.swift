/// The elements of a list, each on its own line as `,\n    VALUE` (the list drops its first comma).
struct JSONLines {
  private(set) var bytes: [UInt8] = []
  private var json = JSONBytes(reservingCapacity: 4_096)

  /// Appends one element, which `write` builds.
  mutating func append(_ write: (inout JSONBytes) -> Void) {
    json.removeAll()
    write(&json)
    bytes.append(contentsOf: Self.separator)
    bytes.append(contentsOf: json.bytes)
  }

  /// What starts every element's line: the comma after the one before, a newline, the indentation.
  private static let separator: [UInt8] = [UInt8(ascii: ","), 0x0A, 0x20, 0x20, 0x20, 0x20]
}
