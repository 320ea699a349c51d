import Foundation

/// Appends bytes to a new file through a 1 MiB buffer with plain POSIX calls: the streaming writers
/// (CSV, worksheet XML) produce hundreds of megabytes and must not hold them in memory.
final class BufferedFileOutput {
  let path: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private let capacity: Int
  /// Bytes written so far (buffered ones included): the offset the next byte will land at.
  private(set) var offset = 0

  /// Creates (or truncates) the file at `path`. With `exclusive`, fails if anything exists there, so a
  /// temporary name never follows a planted symlink.
  init(creatingAt path: String, exclusive: Bool = false, capacity: Int = 1 << 20) throws {
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
    let descriptor = open(path, flags, 0o644)
    guard descriptor >= 0 else {
      throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
    }
    self.path = path
    self.descriptor = descriptor
    self.capacity = capacity
    buffer.reserveCapacity(capacity)
  }

  deinit {
    if descriptor >= 0 { _ = close(descriptor) }
  }

  func write(_ bytes: [UInt8]) throws {
    offset += bytes.count
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { try flush() }
  }

  func write(_ text: String) throws {
    offset += text.utf8.count
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= capacity { try flush() }
  }

  func flush() throws {
    try buffer.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(descriptor, base + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
        }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Replaces bytes already written at `position` (a zip header whose sizes are known only at the
  /// end of its entry); the end of the file and `offset` do not move.
  func overwrite(_ bytes: [UInt8], at position: Int) throws {
    precondition(position >= 0 && position + bytes.count <= offset, "overwrite past the end of the file")
    try flush()
    try bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var done = 0
      while done < raw.count {
        let written = pwrite(descriptor, base + done, raw.count - done, off_t(position + done))
        if written < 0 {
          if errno == EINTR { continue }
          throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
        }
        done += written
      }
    }
  }

  /// Flushes, forces the bytes to disk and closes the file.
  func finish(synchronize: Bool = true) throws {
    try flush()
    if synchronize && fsync(descriptor) != 0 {
      throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
    }
    let result = close(descriptor)
    descriptor = -1
    if result != 0 {
      throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
    }
  }
}
