import Foundation

/// Writes a large file through a buffer into a temporary file beside the target, and renames it
/// into place on `commit()`: a killed run leaves the old file (or none), never half a file.
public final class StreamingFileWriter {
  private let target: String
  private let temporary: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private let capacity = 1 << 20

  public init(path: String) throws {
    target = path
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary)
    else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
    self.handle = handle
    buffer.reserveCapacity(capacity)
  }

  /// Appends UTF-8 text.
  public func write(_ text: String) throws {
    var text = text
    text.withUTF8 { buffer.append(contentsOf: $0) }
    if buffer.count >= capacity { try flush() }
  }

  /// Appends bytes.
  public func write(bytes: [UInt8]) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { try flush() }
  }

  private func flush() throws {
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, syncs and moves the file into place.
  public func commit() throws {
    try flush()
    try handle.synchronize()
    try handle.close()
    guard rename(temporary, target) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
    }
  }

  /// Drops the temporary file (after a failure).
  public func abandon() {
    try? handle.close()
    unlink(temporary)
  }
}
