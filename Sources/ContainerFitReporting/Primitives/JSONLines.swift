/// The elements of a list, each on its own line as `,\n    VALUE` (the list drops its first comma).
struct JSONLines: ~Copyable {
  /// Elements are encoded straight into the chunk's buffer, not into a scratch buffer copied after.
  private var json = JSONBytes(reservingCapacity: 64 * 1_024)

  /// The lines written, for the writer that streams them out.
  consuming func finish() -> EncodedBytes { EncodedBytes(json.finish()) }

  /// Appends one element, which `write` builds.
  mutating func append(_ write: (inout JSONBytes) -> Void) {
    json.beginLine(Self.separator)
    write(&json)
  }

  /// What starts every element's line: the comma after the one before, a newline, the indentation.
  private static let separator: StaticString = ",\n    "
}
