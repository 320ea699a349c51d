import ContainerFitModel

/// A reader of one input format. Readers stream: they hand each record to `emit` as soon as it is
/// read and never hold the whole file. Problems with single records go to `diagnose`; a reader
/// throws only when the file cannot be read at all.
public protocol InventoryReader: Sendable {
  /// The name reported per input (`csv`, `json`, `jsonl`, `xml`, ...).
  static var formatName: String { get }

  /// Reads the input, calling `emit` for every record (in file order).
  func read(
    _ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void
  ) throws
}

/// What a reader needs to know about a file.
public struct InputFile: Sendable {
  /// The path as shown in messages.
  public var path: String { didSet { origin = SourceLocation(file: path) } }
  /// The path to open.
  public var url: String
  /// The file's location with no line: every other location is made from it without looking the
  /// name up again (readers make one per field).
  private var origin: SourceLocation

  public init(path: String, url: String? = nil) {
    self.path = path
    self.url = url ?? path
    self.origin = SourceLocation(file: path)
  }

  /// A location in this file.
  public func location(line: Int?, column: Int? = nil) -> SourceLocation {
    origin.at(line: line, column: column)
  }
}

/// A file that cannot be read at all: the run stops with one line naming it.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound(path: String)
  case unreadable(path: String, reason: String)
  case notAnInventory(path: String, reason: String)
  case malformed(location: SourceLocation, reason: String)

  public var description: String {
    switch self {
    case .notFound(let path): return "\(path): no such file or folder."
    case .unreadable(let path, let reason): return "\(path): cannot be read: \(reason)"
    case .notAnInventory(let path, let reason): return "\(path): not an inventory file: \(reason)"
    case .malformed(let location, let reason): return "\(location): \(reason)"
    }
  }
}
