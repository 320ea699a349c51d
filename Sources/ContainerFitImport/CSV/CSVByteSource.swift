#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file chunk by chunk and hands out its text as UTF-8 bytes: a UTF-8 byte-order mark is
/// dropped, UTF-16 with a byte-order mark is transcoded, anything else passes through unchanged
/// (invalid UTF-8 is dealt with per cell). Never holds more than one chunk of the file.
final class CSVByteSource {
  /// The encoding announced by the byte-order mark.
  enum Encoding {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
  }

  private let path: String
  private let descriptor: Int32
  private var chunk: [UInt8]
  private var transcoder: UTF16Transcoder?
  private var isAtEnd = false
  private var head: [UInt8]?
  private(set) var encoding = Encoding.utf8

  /// Opens the file at `input.url`; problems are reported with `input.path`.
  init(_ input: InputFile, chunkSize: Int) throws {
    path = input.path
    descriptor = open(input.url, O_RDONLY)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT { throw ImportError.notFound(path: input.path) }
      throw ImportError.unreadable(path: input.path, reason: Self.describe(code))
    }
    chunk = [UInt8](repeating: 0, count: max(chunkSize, 1))
  }

  deinit {
    close(descriptor)
  }

  /// Appends the next piece of text to `buffer`; returns `false` once the file is exhausted
  /// (nothing was appended then).
  func read(appendingTo buffer: inout [UInt8]) throws -> Bool {
    if head == nil { try sniffByteOrderMark() }
    if let pending = head, !pending.isEmpty {
      head = []
      append(pending, to: &buffer)
      return true
    }
    guard !isAtEnd else { return false }
    let count = try readChunk()
    guard count > 0 else {
      isAtEnd = true
      let before = buffer.count
      transcoder?.finish(appendingTo: &buffer)
      return buffer.count > before
    }
    chunk.withUnsafeBufferPointer { all in
      let bytes = UnsafeBufferPointer(rebasing: all[0..<count])
      if transcoder != nil {
        transcoder?.transcode(bytes, appendingTo: &buffer)
      } else {
        buffer.append(contentsOf: bytes)
      }
    }
    return true
  }

  /// Reads the first bytes (at least three, whatever the chunk size) to find a byte-order mark.
  private func sniffByteOrderMark() throws {
    var first: [UInt8] = []
    while first.count < 3 {
      let count = try readChunk()
      // At the end of the file, `read` keeps returning 0: the caller's next read sees it too.
      if count == 0 { break }
      first.append(contentsOf: chunk[0..<count])
    }
    if first.starts(with: [0xEF, 0xBB, 0xBF]) {
      first.removeFirst(3)
    } else if first.starts(with: [0xFF, 0xFE]) {
      encoding = .utf16LittleEndian
      transcoder = UTF16Transcoder(isBigEndian: false)
      first.removeFirst(2)
    } else if first.starts(with: [0xFE, 0xFF]) {
      encoding = .utf16BigEndian
      transcoder = UTF16Transcoder(isBigEndian: true)
      first.removeFirst(2)
    }
    head = first
  }

  private func append(_ bytes: [UInt8], to buffer: inout [UInt8]) {
    guard transcoder != nil else { return buffer.append(contentsOf: bytes) }
    bytes.withUnsafeBufferPointer { transcoder?.transcode($0, appendingTo: &buffer) }
  }

  private func readChunk() throws -> Int {
    while true {
      let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
      if count >= 0 { return count }
      let code = errno
      if code != EINTR { throw ImportError.unreadable(path: path, reason: Self.describe(code)) }
    }
  }

  private static func describe(_ code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
  }
}

/// `read(2)`, named apart from `CSVByteSource.read(appendingTo:)`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
  #else
    Darwin.read(descriptor, buffer, count)
  #endif
}
