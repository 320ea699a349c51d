import ContainerFitModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An incremental, byte-level JSON pull parser. It reads its input in chunks (1 MiB by default),
/// never the whole document, checks the full grammar without recursion (an explicit stack bounded
/// at `maximumDepth`), and gives the 1-based line and column of every token.
///
/// In line mode (JSON Lines) every top-level value must sit on one line, and after a syntax error
/// `recoverAtNextLine()` lets reading go on with the next line.
struct JSONTokenizer: ~Copyable {
  /// Deeper nesting is refused: no inventory needs it, and it bounds the stack.
  static let maximumDepth = 512

  /// What the next significant byte may be.
  enum State {
    /// A value (at the top, after `:`, after `,` in an array).
    case value
    /// A value or `]` (just after `[`).
    case firstValueOrEnd
    /// A key or `}` (just after `{`).
    case firstKeyOrEnd
    /// A key (after `,` in an object).
    case key
    /// The `:` after a key.
    case colon
    /// `,` or the end of the innermost container.
    case commaOrEnd
    /// The document is complete: only whitespace may follow.
    case done
    /// Line mode: a record is complete; only blanks may follow on its line.
    case lineEnd
  }

  /// The path shown in locations.
  let file: String
  /// The file with no line: token locations are made from it without looking the name up again.
  private let origin: SourceLocation
  let lineMode: Bool

  // The input: `buffer[0..<end]` holds bytes read; `pos` is the next byte to look at; bytes from
  // `mark` on are kept when the buffer is refilled (the token being scanned).
  var buffer: UnsafeMutablePointer<UInt8>
  var capacity: Int
  var end = 0
  var pos = 0
  var mark = 0
  var fd: Int32
  var atEOF = false
  /// Absolute offset of `buffer[0]` in the input.
  var base = 0

  // Line tracking: the column of a byte is its offset from the line start, less the UTF-8
  // continuation bytes met on the line (so that columns count characters, not bytes).
  var line = 1
  var lineStart = 0
  var continuationBytes = 0

  var state = State.value
  /// Open containers, innermost last: `true` for an object.
  var stack: [Bool] = []
  /// Reused while decoding strings with escapes.
  var scratch: [UInt8] = []

  /// Line and column of the last token returned by `next()`.
  var tokenLine = 1
  var tokenColumn = 1

  /// Opens a file. Throws `ImportError.notFound` or `.unreadable`.
  static func open(path: String, file: String, chunkSize: Int = 1 << 20, lineMode: Bool = false) throws
    -> JSONTokenizer
  {
    #if canImport(Glibc)
      let descriptor = Glibc.open(path, O_RDONLY)
    #else
      let descriptor = Darwin.open(path, O_RDONLY)
    #endif
    if descriptor < 0 {
      let code = errno
      if code == ENOENT { throw ImportError.notFound(path: file) }
      throw ImportError.unreadable(path: file, reason: String(cString: strerror(code)))
    }
    var tokenizer = JSONTokenizer(descriptor: descriptor, file: file, chunkSize: chunkSize, lineMode: lineMode)
    try tokenizer.skipByteOrderMark()
    return tokenizer
  }

  private init(descriptor: Int32, file: String, chunkSize: Int, lineMode: Bool) {
    self.fd = descriptor
    self.file = file
    self.origin = SourceLocation(file: file)
    self.lineMode = lineMode
    self.capacity = max(chunkSize, 4)
    self.buffer = .allocate(capacity: capacity)
    stack.reserveCapacity(Self.maximumDepth)
  }

  /// Reads bytes already in memory (format detection, tests).
  init(bytes: [UInt8], file: String = "", lineMode: Bool = false) {
    self.fd = -1
    self.file = file
    self.origin = SourceLocation(file: file)
    self.lineMode = lineMode
    self.capacity = max(bytes.count, 4)
    self.buffer = .allocate(capacity: capacity)
    bytes.withUnsafeBufferPointer { source in
      if let address = source.baseAddress { buffer.update(from: address, count: source.count) }
    }
    self.end = bytes.count
    self.atEOF = true
    stack.reserveCapacity(Self.maximumDepth)
    // Reading memory cannot fail.
    try? skipByteOrderMark()
  }

  deinit {
    if fd >= 0 { close(fd) }
    buffer.deallocate()
  }

  /// The place of the last token returned by `next()`.
  var location: SourceLocation { origin.at(line: tokenLine, column: tokenColumn) }

  /// The bytes of the last token as written (a number's literal, say).
  var rawText: String {
    String(decoding: UnsafeBufferPointer(start: buffer + mark, count: pos - mark), as: UTF8.self)
  }

  /// The 1-based column of the byte at `index` in the buffer.
  func column(at index: Int) -> Int { base + index - lineStart - continuationBytes + 1 }

  /// A malformed-document error at the byte at `index`.
  func malformed(at index: Int, _ reason: String) -> ImportError {
    .malformed(location: origin.at(line: line, column: column(at: index)), reason: reason)
  }

  /// Reads more input, keeping the bytes from `mark` on (moved to the front). Returns false at the
  /// end of the input. Indices into the buffer shift by the old `mark`.
  mutating func refill() throws -> Bool {
    if atEOF { return false }
    if mark > 0 {
      let kept = end - mark
      if kept > 0 { memmove(buffer, buffer + mark, kept) }
      base += mark
      pos -= mark
      end = kept
      mark = 0
    }
    if end == capacity {
      // One token larger than the buffer: grow rather than lose it.
      let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      larger.update(from: buffer, count: end)
      buffer.deallocate()
      buffer = larger
      capacity *= 2
    }
    while true {
      let count = read(fd, buffer + end, capacity - end)
      if count > 0 {
        end += count
        return true
      }
      if count == 0 {
        atEOF = true
        return false
      }
      let code = errno
      if code == EINTR { continue }
      throw ImportError.unreadable(path: file, reason: String(cString: strerror(code)))
    }
  }

  /// Makes `count` bytes from `pos` available when the input has them.
  mutating func ensure(_ count: Int) throws -> Bool {
    while end - pos < count {
      if try !refill() { return false }
    }
    return true
  }

  private mutating func skipByteOrderMark() throws {
    _ = try ensure(3)
    if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
      pos = 3
      lineStart = 3
    }
  }
}
