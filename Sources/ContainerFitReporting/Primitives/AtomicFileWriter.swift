import Foundation

/// Replaces files so that a run killed at any moment leaves either the old file or the new one, never
/// a half-written report: the bytes go to a temporary file in the same folder (same file system, so the
/// rename is atomic), are forced to disk with `fsync`, and the temporary file is renamed over the target.
public enum AtomicFileWriter {
  /// Writes `data` to `path` atomically, replacing any existing file.
  public static func write(_ data: Data, to path: String) throws {
    try write(to: path) { temporary in
      let output = try BufferedFileOutput(creatingAt: temporary, exclusive: true)
      try output.write([UInt8](data))
      try output.finish(synchronize: false)
    }
  }

  /// Lets `produce` write the new content to a fresh temporary path (which does not exist yet), then
  /// syncs it and renames it over `path`. If `produce` throws, the temporary file is removed and the
  /// old file is untouched. Use this to stream large outputs (CSV, XLSX) without holding them in memory.
  public static func write(to path: String, producingWith produce: (_ temporaryPath: String) throws -> Void) throws {
    let temporary = try stage(for: path, producingWith: produce)
    do {
      try replace(path, with: temporary)
    } catch {
      unlink(temporary)
      throw error
    }
    synchronizeFolder(of: path)
  }

  /// Produces and syncs a temporary file beside `path`, returning its path; removes it on failure.
  static func stage(for path: String, producingWith produce: (String) throws -> Void) throws -> String {
    let temporary = temporaryPath(for: path)
    do {
      try produce(temporary)
      try synchronizeFile(at: temporary)
    } catch {
      if unlink(temporary) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
      throw error
    }
    return temporary
  }

  /// Renames a staged file over its target (atomic on POSIX: readers see the old or the new inode).
  /// A staged folder (the blueprints) replaces an older folder in two renames: the old one is moved
  /// aside, the new one into place, and only then is the old one deleted.
  static func replace(_ path: String, with temporary: String) throws {
    if rename(temporary, path) == 0 { return }
    let failure = errno
    var isFolder: ObjCBool = false
    guard failure == ENOTEMPTY || failure == EEXIST || failure == EISDIR,
      FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else {
      errno = failure
      throw ReportOutputError.cannotReplace(path: path, reason: ReportOutputError.systemReason())
    }
    let aside = temporaryPath(for: path)
    guard rename(path, aside) == 0, rename(temporary, path) == 0 else {
      throw ReportOutputError.cannotReplace(path: path, reason: ReportOutputError.systemReason())
    }
    try? FileManager.default.removeItem(atPath: aside)
  }

  /// A hidden, unique name in the target's folder: `.<name>.<pid>-<random>.tmp`.
  static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    return folder + "/." + url.lastPathComponent + ".\(getpid())-\(random).tmp"
  }

  /// Forces a finished file's bytes to disk so the rename cannot land before its content.
  static func synchronizeFile(at path: String) throws {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
    }
    defer { _ = close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
    }
  }

  /// Syncs the folder entry so the rename itself survives a power cut. Best effort: some file systems
  /// refuse to fsync a directory, and the file is already complete either way.
  static func synchronizeFolder(of path: String) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }
}
