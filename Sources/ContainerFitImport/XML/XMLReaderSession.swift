import CLibXML2
import ContainerFitModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One pass of libxml2's streaming reader over an open file. The only code that touches libxml2:
/// its pointers stay inside this class.
///
/// Safety: the bytes go through `XMLMarkupScanner` before libxml2 sees them, and reading stops at
/// the first entity declaration, so nothing is ever expanded (no billion laughs, no external entity).
/// The options leave out `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR` and
/// `XML_PARSE_HUGE`, and `XML_PARSE_NONET` forbids any network access.
final class XMLReaderSession {
  /// The message of an input that declares entities.
  static let entityReason =
    "entity declarations are not allowed in inventory files (possible XML entity expansion attack)"

  private let input: InputFile
  private let fd: Int32
  /// Bytes read from memory instead of `fd` (a part of a zip archive), and how far they are read.
  private let memory: [UInt8]
  private var memoryOffset = 0
  private var scanner = XMLMarkupScanner()
  private var readErrno: Int32 = 0
  private var firstError: (line: Int, column: Int, message: String)?
  /// Names seen so far, by their address in the reader's dictionary (the same name is the same pointer).
  private var names: [UnsafeRawPointer: XMLName] = [:]
  /// Whether element positions still come from the scanner (see `location(of:)`).
  private var positionsReliable = true

  private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue)
  private static let initialized: Void = { xmlInitParser() }()

  init(input: InputFile, fd: Int32) {
    self.input = input
    self.fd = fd
    self.memory = []
  }

  /// A session over bytes already in memory (an XML part of a zip archive).
  init(input: InputFile, bytes: [UInt8]) {
    self.input = input
    self.fd = -1
    self.memory = bytes
  }

  /// Reads the whole document, emitting records as their elements end.
  func run(emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    var builder = XMLRecordBuilder()
    try run(handler: &builder, emit: emit, diagnose: diagnose)
  }

  /// Reads the whole document, handing every element, attribute and text to `handler`.
  func run<Handler: XMLEventHandler>(
    handler: inout Handler, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void
  ) throws {
    Self.initialized
    let context = Unmanaged.passUnretained(self).toOpaque()
    guard
      let reader = xmlReaderForIO(
        Self.readBytes, Self.closeNothing, context, input.url, nil, Self.options)
    else { throw ImportError.unreadable(path: input.path, reason: "the XML reader could not be created.") }
    defer { xmlFreeTextReader(reader) }
    xmlTextReaderSetStructuredErrorHandler(reader, Self.captureError, context)

    try withExtendedLifetime(self) {
      try readNodes(reader, builder: &handler, emit: emit, diagnose: diagnose)
    }
  }

  private func readNodes<Handler: XMLEventHandler>(
    _ reader: xmlTextReaderPtr, builder: inout Handler, emit: (RawRecord) throws -> Void,
    diagnose: (Diagnostic) -> Void
  ) throws {
    let interned = InternedNames(reader)
    var sawElement = false
    while true {
      let status = xmlTextReaderRead(reader)
      if status != 1 || firstError != nil {
        try checkFailure(status: status, sawElement: sawElement)
        if status != 1 { return }
      }
      switch xmlTextReaderNodeType(reader) {
      case Int32(XML_READER_TYPE_ELEMENT.rawValue):
        sawElement = true
        let location = location(of: reader)
        builder.start(name(reader, interned), at: location, diagnose: diagnose)
        if builder.acceptsAttributes {
          while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard xmlTextReaderIsNamespaceDecl(reader) != 1, let value = xmlTextReaderConstValue(reader) else {
              continue
            }
            builder.attribute(name(reader, interned), value: String(cString: value))
          }
          xmlTextReaderMoveToElement(reader)
        }
        if xmlTextReaderIsEmptyElement(reader) == 1 { try builder.end(emit: emit) }
      case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
        try builder.end(emit: emit)
      case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
        Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
        if builder.collectsText, let value = xmlTextReaderConstValue(reader) {
          builder.text(String(cString: value))
        }
      case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
        try checkDocumentType(reader)
      default:
        break
      }
    }
  }

  /// Throws the error that stopped the reader, if any: an entity declaration, an I/O error, or the
  /// first error libxml2 reported, at the place it gave.
  private func checkFailure(status: Int32, sawElement: Bool) throws {
    if let place = scanner.entityDeclaration {
      throw ImportError.malformed(
        location: input.location(line: place.line, column: place.column), reason: Self.entityReason)
    }
    if readErrno != 0 {
      throw ImportError.unreadable(path: input.path, reason: String(cString: strerror(readErrno)) + ".")
    }
    if !sawElement, scanner.isBlank {
      throw ImportError.notAnInventory(path: input.path, reason: "the file is empty.")
    }
    if let error = firstError {
      throw ImportError.malformed(
        location: input.location(line: error.line, column: error.column), reason: error.message)
    }
    if status < 0 {
      throw ImportError.malformed(location: input.location(line: nil), reason: "the XML reader stopped on an error.")
    }
    if !sawElement {
      throw ImportError.notAnInventory(path: input.path, reason: "it holds no XML element.")
    }
  }

  /// A second guard behind the scanner: a document type that declares entities is refused before any
  /// content is read.
  private func checkDocumentType(_ reader: xmlTextReaderPtr) throws {
    guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_DTD_NODE else { return }
    let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self)
    if dtd.pointee.entities != nil || dtd.pointee.pentities != nil {
      throw ImportError.malformed(location: input.location(line: Int(xmlGetLineNo(node))), reason: Self.entityReason)
    }
  }

  /// The start of the current element. libxml2 knows only where its parser is (ahead of the node) and
  /// the line where the start tag ends (in 16 bits), so the scanner's queue is used; should it ever
  /// disagree with libxml2, the node's line alone is used from then on.
  private func location(of reader: xmlTextReaderPtr) -> SourceLocation {
    let nodeLine = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? -1
    if positionsReliable, let position = scanner.nextStartTag() {
      if nodeLine <= 0 || nodeLine >= 65535 || position.line <= nodeLine {
        return input.location(line: position.line, column: position.column)
      }
      positionsReliable = false
    }
    return input.location(line: nodeLine > 0 ? nodeLine : nil)
  }

  /// The current node's local name, resolved once per distinct name.
  private func name(_ reader: xmlTextReaderPtr, _ interned: InternedNames) -> XMLName {
    guard let pointer = xmlTextReaderConstLocalName(reader) else { return XMLName("", role: .other) }
    if let known = names[UnsafeRawPointer(pointer)] { return known }
    let text = String(cString: pointer)
    let name = XMLName(text, role: interned.role(of: pointer))
    // Only a name owned by the reader's dictionary lives as long as the reader: only such an address
    // can stand for the name.
    if xmlTextReaderConstString(reader, pointer) == pointer { names[UnsafeRawPointer(pointer)] = name }
    return name
  }

  private static let readBytes: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return 0 }
    let session = Unmanaged<XMLReaderSession>.fromOpaque(context).takeUnretainedValue()
    // Nothing more after an entity declaration: libxml2 never sees it.
    if session.scanner.entityDeclaration != nil { return 0 }
    var count: Int
    if session.fd < 0 {
      count = min(Int(length), session.memory.count - session.memoryOffset)
      session.memory.withUnsafeBytes { bytes in
        if let base = bytes.baseAddress, count > 0 {
          UnsafeMutableRawPointer(buffer).copyMemory(from: base + session.memoryOffset, byteCount: count)
        }
      }
      session.memoryOffset += count
    } else {
      repeat {
        count = read(session.fd, buffer, Int(length))
      } while count < 0 && errno == EINTR
    }
    guard count >= 0 else {
      session.readErrno = errno
      return 0
    }
    session.scanner.scan(UnsafeRawBufferPointer(start: buffer, count: count))
    return session.scanner.entityDeclaration == nil ? Int32(count) : 0
  }

  /// The file descriptor belongs to the caller, who closes it.
  private static let closeNothing: xmlInputCloseCallback = { _ in 0 }

  private static let captureError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let session = Unmanaged<XMLReaderSession>.fromOpaque(context).takeUnretainedValue()
    guard session.firstError == nil else { return }
    let raw = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
    let message = raw.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map {
      XMLRecordBuilder.trimmed(String($0))
    }.filter { !$0.isEmpty }.joined(separator: " ")
    session.firstError = (Int(error.pointee.line), Int(error.pointee.int2), message)
  }
}

/// The structural names, interned once in the reader's dictionary: a node's name is compared by address.
private struct InternedNames {
  private let table: [(pointer: UnsafePointer<xmlChar>?, role: XMLName.Role)]

  init(_ reader: xmlTextReaderPtr) {
    let roles: [(String, XMLName.Role)] = [
      ("server", .server), ("application", .application), ("servers", .servers), ("applications", .applications),
      ("dependency", .dependency), ("dependencies", .dependencies), ("id", .id),
    ]
    table = roles.map { name, role in
      let pointer = name.withCString {
        xmlTextReaderConstString(reader, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
      }
      return (pointer, role)
    }
  }

  func role(of pointer: UnsafePointer<xmlChar>) -> XMLName.Role {
    table.first { $0.pointer == pointer }?.role ?? .other
  }
}
