extension JSONRecordBuilder {
  /// The value starting with `token` (an object or array) written back as compact JSON: how an
  /// unknown key's structured value is kept as an attribute. Numbers keep their literal.
  static func compactJSON(startingWith token: JSONToken, from tokenizer: inout JSONTokenizer) throws -> String {
    var out: [UInt8] = []
    // Per open container: whether the next item needs a ',' before it.
    var needsComma: [Bool] = []
    var afterKey = false
    var current = token
    while true {
      let isEnd = current == .objectEnd || current == .arrayEnd
      if !isEnd, !afterKey, needsComma.last == true { out.append(UInt8(ascii: ",")) }
      afterKey = false
      switch current {
      case .objectStart:
        out.append(UInt8(ascii: "{"))
        needsComma.append(false)
      case .arrayStart:
        out.append(UInt8(ascii: "["))
        needsComma.append(false)
      case .objectEnd, .arrayEnd:
        out.append(current == .objectEnd ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        needsComma.removeLast()
      case .key(let name):
        appendQuoted(name, to: &out)
        out.append(UInt8(ascii: ":"))
        afterKey = true
      case .string(let text): appendQuoted(text, to: &out)
      case .number: out.append(contentsOf: tokenizer.rawText.utf8)
      case .numberLiteral(let literal): out.append(contentsOf: literal.utf8)
      case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
      case .null: out.append(contentsOf: "null".utf8)
      case .endOfInput: return String(decoding: out, as: UTF8.self)
      }
      if needsComma.isEmpty { return String(decoding: out, as: UTF8.self) }
      if !afterKey, !isStart(current) { needsComma[needsComma.count - 1] = true }
      current = try tokenizer.next()
    }
  }

  private static func isStart(_ token: JSONToken) -> Bool { token == .objectStart || token == .arrayStart }

  private static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
      case 0x0A: out.append(contentsOf: #"\n"#.utf8)
      case 0x0D: out.append(contentsOf: #"\r"#.utf8)
      case 0x09: out.append(contentsOf: #"\t"#.utf8)
      case 0x00..<0x20:
        let hex = String(byte, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
