/// Follows the bytes of an XML document on their way to libxml2, before libxml2 sees them.
///
/// Its job is the entity guard: it stops at an entity declaration before the parser could meet it.
/// `XMLReaderSession` runs it over the prolog, up to the chunk that holds the first start tag: that
/// is where declarations can be (after it `<!ENTITY` is only a syntax error to libxml2). It also
/// queues the line and column of every start tag it sees, and tells when it has seen one
/// (`sawStartTag`), which is how the session knows that the prolog is over.
///
/// The scanner knows just enough XML for that: comments, CDATA sections, processing instructions,
/// quoted attribute values and the internal DTD subset. NUL bytes are skipped so that UTF-16 markup
/// (ASCII with a zero byte beside it) is followed too.
struct XMLMarkupScanner {
  /// A start tag's place: 1-based line and character column of its `<`.
  struct Position: Equatable {
    var line: Int
    var column: Int
  }

  private enum State {
    case text
    /// Just after `<`.
    case markupStart
    /// Inside a start tag; `quote` is the open quote byte or 0.
    case startTag
    case endTag
    /// Inside `<?...?>`.
    case processingInstruction
    /// Just after `<!`, deciding between a comment, CDATA, an entity or another declaration.
    case bang
    case comment
    case cdata
    /// Inside `<!DOCTYPE ...>`, `<!ELEMENT ...>` and the like.
    case declaration
  }

  /// Whether only white space has been seen so far.
  private(set) var isBlank = true
  /// Where the first entity declaration starts, if one was seen.
  private(set) var entityDeclaration: Position?
  /// Whether a start tag has been seen (the prolog is over).
  var sawStartTag: Bool { head > 0 || !queue.isEmpty }

  private var state = State.text
  private var quote: UInt8 = 0
  /// How many `-` (in a comment), `]` (in CDATA) or `?` (in a PI) just preceded.
  private var run = 0
  /// The keyword after `<!`, as far as it decides anything.
  private var keyword: [UInt8] = []
  private var markupPosition = Position(line: 1, column: 1)
  private var line = 1
  /// The column of the byte at `counted` in the current chunk.
  private var column = 1
  private var counted = 0
  private var queue: [Position] = []
  private var head = 0

  private static let keywords: [[UInt8]] = [Array("--".utf8), Array("[CDATA[".utf8), Array("ENTITY".utf8)]

  /// Follows the next bytes of the document.
  mutating func scan(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
    let count = bytes.count
    counted = 0
    var index = 0
    while index < count {
      // Most bytes are text or attributes: skip them in tight loops; columns are counted only when needed.
      switch state {
      case .text where !isBlank:
        while index < count, base[index] != UInt8(ascii: "<"), base[index] != 0x0A { index += 1 }
      case .startTag where quote != 0:
        while index < count, base[index] != quote, base[index] != 0x0A { index += 1 }
      case .startTag:
        while index < count {
          let byte = base[index]
          if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0x0A {
            break
          }
          index += 1
        }
      default:
        break
      }
      guard index < count else { break }
      let byte = base[index]
      if byte == 0x0A {
        // A new line: in text and inside tags a line feed changes nothing but the place.
        if state == .text || state == .startTag || state == .declaration {
          line += 1
          column = 1
          counted = index + 1
          index += 1
          continue
        }
      } else if byte == 0 {
        index += 1
        continue
      }
      if isBlank, byte != 0x20, byte != 0x0D, byte != 0x09 { isBlank = false }
      if byte == UInt8(ascii: "<"), state == .text { advanceColumn(to: index, in: base) }
      step(byte)
      if byte == 0x0A {
        line += 1
        column = 1
        counted = index + 1
      }
      index += 1
    }
    advanceColumn(to: count, in: base)
  }

  /// Counts the characters between the last counted byte and `index` into `column`.
  private mutating func advanceColumn(to index: Int, in base: UnsafePointer<UInt8>) {
    var characters = 0
    var cursor = counted
    while cursor < index {
      let byte = base[cursor]
      // UTF-8 continuation bytes belong to the character already counted; NULs are UTF-16 padding.
      if byte & 0xC0 != 0x80, byte != 0 { characters += 1 }
      cursor += 1
    }
    column += characters
    counted = index
  }

  /// The position of the next start tag not yet taken, in document order.
  mutating func nextStartTag() -> Position? {
    guard head < queue.count else { return nil }
    let position = queue[head]
    head += 1
    if head >= 4096, head * 2 >= queue.count {
      queue.removeFirst(head)
      head = 0
    }
    return position
  }

  private mutating func step(_ byte: UInt8) {
    switch state {
    case .text:
      if byte == UInt8(ascii: "<") {
        markupPosition = Position(line: line, column: column)
        state = .markupStart
      }
    case .markupStart:
      switch byte {
      case UInt8(ascii: "/"): state = .endTag
      case UInt8(ascii: "?"):
        run = 0
        state = .processingInstruction
      case UInt8(ascii: "!"):
        keyword.removeAll(keepingCapacity: true)
        state = .bang
      default:
        queue.append(markupPosition)
        quote = 0
        state = .startTag
      }
    case .startTag, .declaration:
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") || (state == .declaration && byte == UInt8(ascii: "[")) {
        // `[` opens the internal subset, whose declarations are read like markup in text.
        state = .text
      }
    case .endTag:
      if byte == UInt8(ascii: ">") { state = .text }
    case .processingInstruction:
      if byte == UInt8(ascii: ">"), run > 0 { state = .text }
      run = byte == UInt8(ascii: "?") ? 1 : 0
    case .bang:
      decideBang(byte)
    case .comment:
      if byte == UInt8(ascii: ">"), run >= 2 { state = .text }
      run = byte == UInt8(ascii: "-") ? run + 1 : 0
    case .cdata:
      if byte == UInt8(ascii: ">"), run >= 2 { state = .text }
      run = byte == UInt8(ascii: "]") ? run + 1 : 0
    }
  }

  private mutating func decideBang(_ byte: UInt8) {
    keyword.append(byte)
    for candidate in Self.keywords where candidate.starts(with: keyword) {
      guard candidate.count == keyword.count else { return }
      run = 0
      switch candidate.count {
      case 2: state = .comment
      case 7: state = .cdata
      default:
        if entityDeclaration == nil { entityDeclaration = markupPosition }
        quote = 0
        state = .declaration
      }
      return
    }
    // Another declaration (`DOCTYPE`, `ELEMENT`, `ATTLIST`, `NOTATION`): this byte is already part of it.
    quote = 0
    state = .declaration
    step(byte)
  }
}
