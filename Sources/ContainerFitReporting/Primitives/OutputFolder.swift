import Foundation

/// The folder reports are written into; it hands out paths only for plain file names, so a name built
/// from input can never write outside it (`../x`, `/etc/x`, `a/b` are refused).
public struct OutputFolder: Sendable, Hashable {
  /// The folder's path, as given.
  public let path: String

  /// Uses `path` as the output folder, creating it (and its parents) when missing.
  public init(path: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw ReportOutputError.cannotCreateFolder(path: path, reason: "a file with that name exists")
      }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        throw ReportOutputError.cannotCreateFolder(path: path, reason: error.localizedDescription)
      }
    }
    self.path = path
  }

  /// The path of the file `name` inside the folder; throws `unsafeFileName` for anything but a plain
  /// name (empty, `.`, `..`, containing `/`, `\` or NUL).
  public func filePath(for name: String) throws -> String {
    guard Self.isPlainFileName(name) else { throw ReportOutputError.unsafeFileName(name) }
    return path.hasSuffix("/") ? path + name : path + "/" + name
  }

  /// Writes one file atomically (see `AtomicFileWriter`).
  public func write(_ data: Data, named name: String) throws {
    try AtomicFileWriter.write(data, to: filePath(for: name))
  }

  /// Whether `name` names a file directly inside a folder.
  public static func isPlainFileName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\\")
      && !name.contains("\u{0}")
  }
}
