import ContainerFitModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the canonical XML inventory (`inventory-schema.md`, "XML") with libxml2's SAX2 push parser:
/// servers and applications as attributes or child elements, applications nested in their server or
/// at the top level, records emitted as their elements end. No network, no DTD loading, and a document
/// that declares entities is refused before anything is expanded.
public struct XMLInventoryReader: InventoryReader {
  public static let formatName = "xml"

  public init() {}

  public func read(
    _ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void
  ) throws {
    let fd = open(input.url, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw ImportError.notFound(path: input.path) }
      throw ImportError.unreadable(path: input.path, reason: String(cString: strerror(code)) + ".")
    }
    defer { close(fd) }
    var status = stat()
    if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      throw ImportError.unreadable(path: input.path, reason: "it is a folder, not a file.")
    }
    try XMLReaderSession(input: input, fd: fd).run(emit: emit, diagnose: diagnose)
  }
}
