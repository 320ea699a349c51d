import Foundation

/// Appends bytes to a new file through a 4 MiB buffer with plain POSIX calls: the streaming writers
/// (assessment.json, CSV, worksheet XML) produce hundreds of megabytes and must not hold them in
/// memory.
///
/// Past its first `directThreshold` bytes a file is written with direct I/O (`O_DIRECT`) where the
/// file system allows it: copying a 2 GB assessment.json through the page cache cost about five
/// seconds of kernel time at a million applications, and direct writes of whole aligned blocks
/// cost a tenth of that. The buffer always starts at a block-aligned file offset, so every direct
/// write is a whole, aligned buffer; the tail (and every small file) goes through the page cache.
final class BufferedFileOutput {
  let path: String
  private var descriptor: Int32
  /// A second descriptor on the same file, opened with `O_DIRECT` once the file is large; `nil`
  /// before that and where the file system refuses direct I/O.
  private var directDescriptor: Int32?
  private var directRefused = false
  private let directThreshold: Int
  private let buffer: UnsafeMutableRawBufferPointer
  private var buffered = 0
  /// The file offset of the buffer's first byte: everything before it is in the file.
  private var bufferOffset = 0
  /// Bytes written so far (buffered ones included): the offset the next byte will land at.
  var offset: Int { bufferOffset + buffered }

  /// Direct I/O needs the memory, the file offset and the length aligned to the device's block;
  /// 4 KiB covers the block sizes in use.
  private static let alignment = 4_096

  /// Linux's `O_DIRECT`, which Glibc's module map leaves out (it needs `_GNU_SOURCE`); its value
  /// differs between architectures. `nil` elsewhere: every write goes through the page cache.
  private static var directFlag: Int32? {
    #if os(Linux) && arch(x86_64)
      return 0o40000
    #elseif os(Linux) && arch(arm64)
      return 0o200000
    #else
      return nil
    #endif
  }

  /// Creates (or truncates) the file at `path`. With `exclusive`, fails if anything exists there, so a
  /// temporary name never follows a planted symlink.
  init(
    creatingAt path: String, exclusive: Bool = false, capacity: Int = 4 << 20, directThreshold: Int = 16 << 20
  ) throws {
    precondition(capacity > 0 && capacity % Self.alignment == 0, "capacity must be whole blocks")
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
    let descriptor = open(path, flags, 0o644)
    guard descriptor >= 0 else {
      throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
    }
    self.path = path
    self.descriptor = descriptor
    self.directThreshold = directThreshold
    buffer = .allocate(byteCount: capacity, alignment: Self.alignment)
  }

  deinit {
    if descriptor >= 0 { _ = close(descriptor) }
    if let directDescriptor { _ = close(directDescriptor) }
    buffer.deallocate()
  }

  func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try append($0) }
  }

  func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    try append(UnsafeRawBufferPointer(bytes))
  }

  func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try append(UnsafeRawBufferPointer($0)) }
  }

  private func append(_ bytes: UnsafeRawBufferPointer) throws {
    var remaining = bytes
    while !remaining.isEmpty {
      let count = Swift.min(remaining.count, buffer.count - buffered)
      UnsafeMutableRawBufferPointer(rebasing: buffer[buffered..<(buffered + count)])
        .copyMemory(from: UnsafeRawBufferPointer(rebasing: remaining.prefix(count)))
      buffered += count
      remaining = UnsafeRawBufferPointer(rebasing: remaining.dropFirst(count))
      if buffered == buffer.count { try writeFullBuffer() }
    }
  }

  /// Writes the whole buffer, which starts at an aligned offset and ends at one.
  private func writeFullBuffer() throws {
    let whole = UnsafeRawBufferPointer(buffer)
    if let direct = directFile(), try writeDirect(whole, to: direct) {
      // Written.
    } else {
      try writeAll(whole, to: descriptor, at: bufferOffset)
    }
    bufferOffset += buffered
    buffered = 0
  }

  /// The direct descriptor, opened on first use once the file has passed `directThreshold`.
  private func directFile() -> Int32? {
    if let directDescriptor { return directDescriptor }
    guard !directRefused, bufferOffset >= directThreshold else { return nil }
    guard let directFlag = Self.directFlag else { return nil }
    let opened = open(path, O_WRONLY | O_CLOEXEC | directFlag)
    guard opened >= 0 else {
      directRefused = true
      return nil
    }
    directDescriptor = opened
    return opened
  }

  /// Writes the buffer with direct I/O; `false` (and no more direct writes) when the file system
  /// turns down the request as such, so the caller writes it through the page cache.
  private func writeDirect(_ bytes: UnsafeRawBufferPointer, to direct: Int32) throws -> Bool {
    do {
      try writeAll(bytes, to: direct, at: bufferOffset)
      return true
    } catch is DirectWriteRefused {
      _ = close(direct)
      directDescriptor = nil
      directRefused = true
      return false
    }
  }

  private struct DirectWriteRefused: Error {}

  private func writeAll(_ bytes: UnsafeRawBufferPointer, to file: Int32, at position: Int) throws {
    guard let base = bytes.baseAddress else { return }
    var done = 0
    while done < bytes.count {
      let written = pwrite(file, base + done, bytes.count - done, off_t(position + done))
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EINVAL, file == directDescriptor, done == 0 { throw DirectWriteRefused() }
        throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
      }
      done += written
    }
  }

  /// Replaces bytes already written at `position` (a zip header whose sizes are known only at the
  /// end of its entry); the end of the file and `offset` do not move. The part still in the buffer
  /// is replaced there, so the buffer's later write does not undo it.
  func overwrite(_ bytes: [UInt8], at position: Int) throws {
    precondition(position >= 0 && position + bytes.count <= offset, "overwrite past the end of the file")
    try bytes.withUnsafeBytes { raw in
      let inFile = Swift.max(0, Swift.min(raw.count, bufferOffset - position))
      try writeAll(UnsafeRawBufferPointer(rebasing: raw.prefix(inFile)), to: descriptor, at: position)
      guard inFile < raw.count else { return }
      let start = position + inFile - bufferOffset
      UnsafeMutableRawBufferPointer(rebasing: buffer[start..<(start + raw.count - inFile)])
        .copyMemory(from: UnsafeRawBufferPointer(rebasing: raw.dropFirst(inFile)))
    }
  }

  /// Writes what is buffered, forces the bytes to disk when asked and closes the file.
  func finish(synchronize: Bool = true) throws {
    try writeAll(UnsafeRawBufferPointer(rebasing: buffer[..<buffered]), to: descriptor, at: bufferOffset)
    bufferOffset += buffered
    buffered = 0
    if synchronize && fsync(descriptor) != 0 {
      throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
    }
    if let directDescriptor {
      _ = close(directDescriptor)
      self.directDescriptor = nil
    }
    let result = close(descriptor)
    descriptor = -1
    if result != 0 {
      throw ReportOutputError.cannotWrite(path: path, reason: ReportOutputError.systemReason())
    }
  }
}
