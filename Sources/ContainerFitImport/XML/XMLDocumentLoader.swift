import ContainerFitModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole XML document into an `XMLNode` tree, with the same safety as the canonical XML
/// reader (libxml2's SAX2 push parser, no network, no DTD loading, entity declarations refused).
enum XMLDocumentLoader {
  /// The document element of the file.
  static func load(_ input: InputFile) throws -> XMLNode {
    let fd = open(input.url, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw ImportError.notFound(path: input.path) }
      throw ImportError.unreadable(path: input.path, reason: String(cString: strerror(code)) + ".")
    }
    defer { close(fd) }
    return try root(of: XMLReaderSession(input: input, fd: fd), input)
  }

  /// The document element of bytes already in memory; `input` names them in messages.
  static func load(_ bytes: [UInt8], as input: InputFile) throws -> XMLNode {
    try root(of: XMLReaderSession(input: input, bytes: bytes), input)
  }

  private static func root(of session: XMLReaderSession, _ input: InputFile) throws -> XMLNode {
    let builder = XMLTreeBuilder()
    try session.run(builder)
    guard let root = builder.root else {
      throw ImportError.notAnInventory(path: input.path, reason: "it holds no XML element.")
    }
    return root
  }
}
