/// A place in an input file: what every rejection and warning points at.
public struct SourceLocation: Hashable, Codable, Sendable, CustomStringConvertible {
  /// The path as the user gave it (or as found inside a folder input).
  public var file: String
  /// 1-based line; `nil` when the format has no lines worth naming.
  public var line: Int?
  /// 1-based column (a CSV field index, or a character column for XML/JSON) where known.
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form compilers use so editors can jump to it.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    if let column { text += ":\(column)" }
    return text
  }

  /// The same place at another column.
  public func at(column: Int?) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
  }
}
