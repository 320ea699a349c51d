import ContainerFitModel

/// Reads JSON Lines inventories (`.jsonl`): one object per line, `"type": "server"` or
/// `"type": "application"` (case-insensitive). Without a type, a line with `app_id` is an
/// application and one with `server_id` or `hostname` a server. Blank lines are skipped; a
/// malformed line is rejected with its line and column and reading goes on with the next.
public struct JSONLinesReader: InventoryReader {
  /// The name reported per input.
  public static let formatName = "jsonl"

  private let chunkSize: Int

  /// A reader with the default 1 MiB read size.
  public init() { self.init(chunkSize: 1 << 20) }

  /// A reader with another read size (tiny sizes let tests split tokens across reads).
  init(chunkSize: Int) { self.chunkSize = chunkSize }

  /// Whether the start of a file looks like JSON Lines: its first non-blank line is a complete
  /// object and the next non-blank line starts with `{`.
  public static func looksLikeJSONLines(_ prefix: [UInt8]) -> Bool {
    var tokenizer = JSONTokenizer(bytes: prefix, lineMode: true)
    do {
      guard try tokenizer.next() == .objectStart else { return false }
      var depth = 1
      while depth > 0 {
        switch try tokenizer.next() {
        case .objectStart, .arrayStart: depth += 1
        case .objectEnd, .arrayEnd: depth -= 1
        case .endOfInput: return false
        default: break
        }
      }
      return try tokenizer.next() == .objectStart
    } catch {
      return false
    }
  }

  /// Reads every line, emitting one record per well-formed line; a malformed or unidentifiable
  /// line becomes a rejection. Throws only when the file cannot be opened or read.
  public func read(
    _ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void
  ) throws {
    var tokenizer = try JSONTokenizer.open(path: input.url, file: input.path, chunkSize: chunkSize, lineMode: true)
    var builder = JSONRecordBuilder()
    while true {
      let record: RawRecord?
      do {
        let token = try tokenizer.next()
        if token == .endOfInput { return }
        guard token == .objectStart else {
          diagnose(Diagnostic(.rejection, at: tokenizer.location, "expected a JSON object on this line"))
          try tokenizer.recoverAtNextLine()
          continue
        }
        record = try readLine(from: &tokenizer, builder: &builder, diagnose: diagnose)
        try tokenizer.finishLine()
      } catch ImportError.malformed(let location, let reason) {
        diagnose(Diagnostic(.rejection, at: location, "malformed JSON line: \(reason)"))
        try tokenizer.recoverAtNextLine()
        continue
      }
      if let record { try emit(record) }
    }
  }

  /// The record of a line whose `{` was just read; nil when its kind cannot be told (rejected).
  private func readLine(
    from tokenizer: inout JSONTokenizer, builder: inout JSONRecordBuilder, diagnose: (Diagnostic) -> Void
  ) throws -> RawRecord? {
    var draft = JSONRecordDraft(kind: .application, location: tokenizer.location)
    var type: (text: String, location: SourceLocation)?
    // Fields are resolved as an application's; a server's `memory_gb` is remapped at the end
    // (the only name whose meaning depends on the kind), since `type` may come last.
    while case .key(let key) = try tokenizer.next() {
      let keyLocation = tokenizer.location
      if builder.field(for: key, in: .application) == nil, builder.normalized(key) == "type" {
        let token = try tokenizer.next()
        try JSONRecordBuilder.skipValue(startingWith: token, from: &tokenizer)
        if let first = type {
          diagnose(
            Diagnostic(
              .warning, at: keyLocation, field: "type",
              "duplicate key '\(key)': the value at \(first.location) is used and this one is ignored"))
          continue
        }
        switch token {
        case .string(let text): type = (text, keyLocation)
        case .null: break
        default: type = (tokenizer.rawText, keyLocation)
        }
        continue
      }
      try builder.readMember(
        key, at: keyLocation, context: .application, into: &draft, from: &tokenizer, diagnose: diagnose)
    }
    var record = draft.record
    let kind: RawRecord.Kind
    if let type {
      switch builder.normalized(type.text) {
      case "server": kind = .server
      case "application": kind = .application
      default:
        diagnose(
          Diagnostic(
            .rejection, at: type.location, field: "type",
            "unknown record type '\(type.text)': expected \"server\" or \"application\""))
        return nil
      }
    } else if record.value(of: .appId) != nil {
      kind = .application
    } else if record.value(of: .serverId) != nil || record.value(of: .hostname) != nil {
      kind = .server
    } else {
      diagnose(
        Diagnostic(.rejection, at: record.location, "cannot tell whether this line is a server or an application"))
      return nil
    }
    if kind == .server {
      record.kind = .server
      for index in record.fields.indices where record.fields[index].field == .appMemoryGB {
        record.fields[index].field = .serverMemoryGB
      }
    }
    return record
  }
}
