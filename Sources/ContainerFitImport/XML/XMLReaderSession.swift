import CLibXML2
import ContainerFitModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One pass of libxml2's SAX2 push parser over an open file or bytes in memory. The only code that
/// touches libxml2: its pointers stay inside this class.
///
/// The file is read in chunks and each chunk is handed to the parser, which calls back for every
/// start tag (with all its attributes at once, names interned in its dictionary), end tag and run of
/// text; nothing is built in between.
///
/// Safety, in three layers:
/// - the bytes of the prolog go through `XMLMarkupScanner` before libxml2 sees them (up to the chunk
///   that holds the first start tag), and reading stops at the first entity declaration, so the
///   parser never meets it;
/// - the SAX handler stores no declaration at all: an entity declaration libxml2 meets anyway ends
///   the reading with the same refusal, and without an entity table no reference can be expanded
///   (an unknown reference is a malformed document);
/// - the options leave out `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR` and
///   `XML_PARSE_HUGE`, `XML_PARSE_NONET` forbids any network access, and no external subset or
///   entity loader is installed.
///
/// Places: libxml2 knows only where its parser is (at the end of a start tag when it calls back) and
/// counts columns in bytes in places, so the session counts lines and characters itself, forward
/// through the parser's buffer, from one start tag's `<` to the next (`XMLPlaceCounter`).
final class XMLReaderSession {
  /// The message of an input that declares entities.
  static let entityReason =
    "entity declarations are not allowed in inventory files (possible XML entity expansion attack)"

  private let input: InputFile
  private let fd: Int32
  /// Bytes read from memory instead of `fd` (a part of a zip archive).
  private let memory: [UInt8]
  private var prolog = XMLMarkupScanner()
  /// Whether the prolog scanner still follows the bytes (until it has seen a start tag).
  private var scanningProlog = true
  private var readErrno: Int32 = 0
  private var firstError: (line: Int, column: Int, message: String)?
  /// The line of an entity declaration libxml2 met (behind the scanner's guard).
  private var declaredEntityLine: Int?
  // The properties marked `@exclusivity(unchecked)` are touched in every callback but never held
  // across one (the callbacks run one at a time on the calling thread, inside `xmlParseChunk`), so
  // the runtime's exclusivity bookkeeping is left out: 3-4% of the reading.

  /// Whether events are no longer delivered (an error, a refusal, or a failure of `emit`).
  @exclusivity(unchecked)
  private var stopped = false
  @exclusivity(unchecked)
  private var sawElement = false
  /// Elements open now. libxml2 limits nesting only when it builds a tree itself, which this
  /// reader does not: without a limit, a deep file would overflow the stack of the adapters that
  /// walk the tree recursively (CLIXML, App2Container), so the reader keeps libxml2's own limit.
  @exclusivity(unchecked)
  private var depth = 0
  static let maximumDepth = 256
  /// Names by their address in the parser's dictionary: valid for one parser only.
  private let names = XMLNameTable()
  @exclusivity(unchecked)
  private var places = XMLPlaceCounter()
  @exclusivity(unchecked)
  private var parser: xmlParserCtxtPtr?
  @exclusivity(unchecked)
  private var sink = XMLEventSink()

  private static let options = Int32(XML_PARSE_NONET.rawValue)
  /// Bytes handed to the parser at a time.
  private static let chunkSize = 256 * 1024
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
    try withoutActuallyEscaping(emit) { emit in
      try withoutActuallyEscaping(diagnose) { diagnose in
        try run(XMLRecordSink(emit: emit, diagnose: diagnose))
      }
    }
  }

  /// Reads the whole document, handing every element, attribute and text to `target`.
  func run(_ target: XMLEventSink) throws {
    Self.initialized
    sink = target
    // The sink may hold closures that do not escape the caller: the session lets go of it.
    defer { sink = XMLEventSink() }
    try withExtendedLifetime(self) { try parse() }
  }

  private func parse() throws {
    let context = Unmanaged.passUnretained(self).toOpaque()
    var handler = Self.makeSAXHandler()
    names.removeAll()
    places = XMLPlaceCounter()
    var buffer = [UInt8](repeating: 0, count: fd >= 0 ? Self.chunkSize : 0)
    var memoryOffset = 0
    defer {
      if let parser { xmlFreeParserCtxt(parser) }
      parser = nil
    }
    while !stopped {
      let count: Int
      if fd >= 0 {
        count = buffer.withUnsafeMutableBytes { readChunk(into: $0) }
      } else {
        count = min(Self.chunkSize, memory.count - memoryOffset)
      }
      if stopped { break }
      let fed = try (fd >= 0 ? buffer : memory).withUnsafeBytes { bytes -> Bool in
        let chunk = UnsafeRawBufferPointer(rebasing: bytes[(fd >= 0 ? 0 : memoryOffset)...].prefix(count))
        return try feed(chunk, handler: &handler, context: context)
      }
      memoryOffset += count
      if !fed || count == 0 { break }
    }
    try checkFailure()
  }

  /// Hands one chunk to the parser (an empty chunk ends the document); false when reading stops.
  private func feed(
    _ chunk: UnsafeRawBufferPointer, handler: inout xmlSAXHandler, context: UnsafeMutableRawPointer
  ) throws -> Bool {
    if scanningProlog {
      prolog.scan(chunk)
      // Nothing more after an entity declaration: libxml2 never sees it.
      if prolog.entityDeclaration != nil { return false }
      if prolog.sawStartTag { scanningProlog = false }
    }
    let bytes = chunk.baseAddress?.assumingMemoryBound(to: CChar.self)
    var remaining = chunk.count
    var start = bytes
    if parser == nil {
      // The first bytes go to the parser's creation, which detects the encoding from them.
      let first = min(4, remaining)
      parser = xmlCreatePushParserCtxt(&handler, context, start, Int32(first), input.url)
      guard let parser else {
        throw ImportError.unreadable(path: input.path, reason: "the XML reader could not be created.")
      }
      xmlCtxtUseOptions(parser, Self.options)
      remaining -= first
      start = start.map { $0 + first }
    }
    guard let parser else { return false }
    xmlParseChunk(parser, start, Int32(remaining), chunk.isEmpty ? 1 : 0)
    if stopped { return false }
    countParsed(parser)
    return true
  }

  private func readChunk(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var count: Int
    repeat {
      count = read(fd, base, buffer.count)
    } while count < 0 && errno == EINTR
    if count < 0 {
      readErrno = errno
      stopped = true
      return 0
    }
    return count
  }

  /// Throws what ended the reading early, if anything: a failure of `emit`, an entity declaration,
  /// an I/O error, or the first error libxml2 reported, at the place it gave.
  private func checkFailure() throws {
    if let failure = sink.failure { throw failure }
    if let place = prolog.entityDeclaration {
      throw ImportError.malformed(
        location: input.location(line: place.line, column: place.column), reason: Self.entityReason)
    }
    if let line = declaredEntityLine {
      throw ImportError.malformed(location: input.location(line: line), reason: Self.entityReason)
    }
    if readErrno != 0 {
      throw ImportError.unreadable(path: input.path, reason: String(cString: strerror(readErrno)) + ".")
    }
    if !sawElement, prolog.isBlank {
      throw ImportError.notAnInventory(path: input.path, reason: "the file is empty.")
    }
    if let error = firstError {
      throw ImportError.malformed(
        location: input.location(line: error.line, column: error.column), reason: error.message)
    }
    if !sawElement {
      throw ImportError.notAnInventory(path: input.path, reason: "it holds no XML element.")
    }
  }

  // MARK: Places

  /// The place of the `<` of the start tag the parser has just read, counted from the last place
  /// counted. Should the bytes since then be gone from the parser's buffer (never seen in practice:
  /// the count follows every chunk), the line libxml2 is on is used, and counting starts again there.
  private func startTagLocation(_ parser: xmlParserCtxtPtr) -> SourceLocation {
    guard parser.pointee.inputNr == 1, let stream = parser.pointee.input, let base = stream.pointee.base,
      let cur = stream.pointee.cur
    else { return input.location(line: nil) }
    let from = places.offset - Int(stream.pointee.consumed)
    if from >= 0, from <= cur - base,
      let tag = XMLPlaceCounter.last(UInt8(ascii: "<"), from: base + from, to: cur)
    {
      places.count(UnsafeRawBufferPointer(start: base + from, count: tag - UnsafeRawPointer(base + from)))
      return input.location(line: places.line, column: places.column)
    }
    restartCount(stream)
    return input.location(line: Int(stream.pointee.line))
  }

  /// Counts the bytes the parser has consumed, before it may drop them from its buffer.
  private func countParsed(_ parser: xmlParserCtxtPtr) {
    guard parser.pointee.inputNr == 1, let stream = parser.pointee.input, let base = stream.pointee.base,
      let cur = stream.pointee.cur
    else { return }
    let from = places.offset - Int(stream.pointee.consumed)
    if from >= 0, from <= cur - base {
      places.count(UnsafeRawBufferPointer(start: base + from, count: cur - (base + from)))
    } else {
      restartCount(stream)
    }
  }

  /// Counting goes on from where the parser is, at the line and column it gives.
  private func restartCount(_ stream: xmlParserInputPtr) {
    var offset = Int(stream.pointee.consumed)
    if let base = stream.pointee.base, let cur = stream.pointee.cur { offset += cur - base }
    places.restart(line: Int(stream.pointee.line), column: Int(stream.pointee.col), offset: offset)
  }

  /// Whether the parser's next bytes are `text` (ASCII).
  private func parserIsAt(_ text: StaticString) -> Bool {
    guard let stream = parser?.pointee.input, let cur = stream.pointee.cur, let end = stream.pointee.end,
      end - cur >= text.utf8CodeUnitCount
    else { return false }
    return memcmp(cur, text.utf8Start, text.utf8CodeUnitCount) == 0
  }

  // MARK: Callbacks

  private static func session(_ context: UnsafeMutableRawPointer?) -> XMLReaderSession? {
    guard let context else { return nil }
    let session = Unmanaged<XMLReaderSession>.fromOpaque(context).takeUnretainedValue()
    return session.stopped ? nil : session
  }

  /// The callbacks of a reading (a new value each time: libxml2 copies it into its context).
  private static func makeSAXHandler() -> xmlSAXHandler {
    var handler = xmlSAXHandler()
    handler.initialized = UInt32(XML_SAX2_MAGIC)
    handler.startDocument = startDocument
    handler.startElementNs = startElement
    handler.endElementNs = endElement
    handler.characters = characters
    // Blank text and CDATA are text too; the builder decides what to keep.
    handler.ignorableWhitespace = characters
    handler.cdataBlock = characters
    handler.entityDecl = entityDeclaration
    handler.serror = captureError
    return handler
  }

  /// After the XML declaration (or at the start when there is none). When libxml2 switched
  /// encodings there, it replaced its buffer and dropped the bytes read so far, so counting starts
  /// again from its place, always: the declaration is ASCII, so libxml2's column is exact there.
  private static let startDocument: startDocumentSAXFunc = { context in
    guard let session = session(context), let parser = session.parser, let stream = parser.pointee.input else {
      return
    }
    session.restartCount(stream)
  }

  private static let startElement: startElementNsSAX2Func = {
    context, localName, _, _, _, _, attributeCount, defaultedCount, attributes in
    guard let session = session(context), let parser = session.parser, let localName else { return }
    session.sawElement = true
    let location = session.startTagLocation(parser)
    session.depth += 1
    guard session.depth <= maximumDepth else {
      session.sink.failure = ImportError.malformed(
        location: location, reason: "elements nested deeper than \(maximumDepth) levels")
      session.stopped = true
      xmlStopParser(parser)
      return
    }
    // Defaults from a document type come last; they are not part of what the file says.
    let list = XMLAttributeList(
      pointers: attributes, count: Int(attributeCount - defaultedCount), names: session.names)
    session.sink.start(session.names.name(localName), attributes: list, at: location)
  }

  private static let endElement: endElementNsSAX2Func = { context, _, _, _ in
    guard let session = session(context) else { return }
    session.depth -= 1
    session.sink.end()
    if session.sink.failure != nil { session.stopped = true }
  }

  private static let characters: charactersSAXFunc = { context, bytes, count in
    guard let session = session(context), let bytes, count > 0 else { return }
    session.sink.text(UnsafeBufferPointer(start: bytes, count: Int(count)))
  }

  private static let entityDeclaration: entityDeclSAXFunc = { context, _, _, _, _, _ in
    guard let session = session(context) else { return }
    session.declaredEntityLine = session.parser?.pointee.input.map { Int($0.pointee.line) }
    session.stopped = true
  }

  private static let captureError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let session = Unmanaged<XMLReaderSession>.fromOpaque(context).takeUnretainedValue()
    guard session.firstError == nil else { return }
    let raw = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
    var message = raw.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map {
      XMLRecordBuilder.trimmed(String($0))
    }.filter { !$0.isEmpty }.joined(separator: " ")
    // An entity declaration after the prolog (which the byte guard follows) is only a syntax error to
    // libxml2, which never declares it; the refusal still says what it is.
    if session.parserIsAt("<!ENTITY") { message = entityReason }
    session.firstError = (Int(error.pointee.line), Int(error.pointee.int2), message)
    // No more events: the reading ends with this error once the parser returns.
    session.stopped = true
  }
}
