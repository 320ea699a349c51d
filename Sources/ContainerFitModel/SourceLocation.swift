import Foundation

/// A place in an input file: what every rejection and warning points at.
///
/// A million records carry tens of millions of locations, so a location is a small value with no
/// reference to count: the file name is interned once (`FileNameTable`) and held as a number. Two
/// cores decoding records of the same file then never contend on one string's reference count,
/// and equal names give equal locations.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  private var fileID: UInt32
  /// 1-based line; `nil` when the format has no lines worth naming.
  public var line: Int?
  /// 1-based column (a CSV field index, or a character column for XML/JSON) where known.
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.fileID = FileNameTable.shared.id(of: file)
    self.line = line
    self.column = column
  }

  /// The path as the user gave it (or as found inside a folder input).
  public var file: String {
    get { FileNameTable.shared.name(of: fileID) }
    set { fileID = FileNameTable.shared.id(of: newValue) }
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
    var copy = self
    copy.column = column
    return copy
  }

  /// Another place in the same file (no lookup of the name: readers call this per field).
  public func at(line: Int?, column: Int?) -> SourceLocation {
    var copy = self
    copy.line = line
    copy.column = column
    return copy
  }
}

extension SourceLocation: Codable {
  private enum CodingKeys: String, CodingKey { case file, line, column }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      file: try container.decode(String.self, forKey: .file),
      line: try container.decodeIfPresent(Int.self, forKey: .line),
      column: try container.decodeIfPresent(Int.self, forKey: .column))
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encodeIfPresent(line, forKey: .line)
    try container.encodeIfPresent(column, forKey: .column)
  }
}

/// The file names of `SourceLocation`s, each stored once for the life of the process and known by
/// its number. Names are few (the input files of a run), so the table only grows a little.
private final class FileNameTable: @unchecked Sendable {
  static let shared = FileNameTable()

  private let lock = NSLock()
  private var names: [String] = []
  private var ids: [String: UInt32] = [:]

  func id(of name: String) -> UInt32 {
    lock.withLock {
      if let id = ids[name] { return id }
      let id = UInt32(names.count)
      names.append(name)
      ids[name] = id
      return id
    }
  }

  func name(of id: UInt32) -> String {
    lock.withLock { names[Int(id)] }
  }
}
