import Foundation

/// The file names of `SourceLocation`s, each stored once for the life of the process and known by
/// its number. Names are few (the input files of a run), so the table only grows a little.
final class FileNameTable: @unchecked Sendable {
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
