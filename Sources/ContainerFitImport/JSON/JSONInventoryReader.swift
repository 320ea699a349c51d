import ContainerFitModel

/// Reads canonical JSON inventories, streaming: `{"servers": [...], "applications": [...]}` with
/// applications nested under their server (their `server_id` implied) or at the top level, or a
/// top-level array of flat application records (each may carry server fields, like a CSV row).
///
/// Records are emitted as soon as their object is complete. A server's nested applications are
/// emitted as they complete once its `server_id` has been read; those that come before it in key
/// order are held (for that one server only) and emitted after the server's own record.
public struct JSONInventoryReader: InventoryReader {
  /// The name reported per input.
  public static let formatName = "json"

  private let chunkSize: Int

  /// A reader with the default 1 MiB read size.
  public init() { self.init(chunkSize: 1 << 20) }

  /// A reader with another read size (tiny sizes let tests split tokens across reads).
  init(chunkSize: Int) { self.chunkSize = chunkSize }

  /// Reads the document, emitting records as their objects complete. Throws `ImportError` when the
  /// file cannot be opened, is not a JSON inventory, or is not well-formed JSON (with line:column).
  public func read(
    _ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void
  ) throws {
    var tokenizer = try JSONTokenizer.open(path: input.url, file: input.path, chunkSize: chunkSize)
    var builder = JSONRecordBuilder()
    switch try tokenizer.next() {
    case .objectStart:
      try readDocument(from: &tokenizer, builder: &builder, emit: emit, diagnose: diagnose)
    case .arrayStart:
      try readApplications(from: &tokenizer, builder: &builder, emit: emit, diagnose: diagnose)
    case .endOfInput:
      throw ImportError.notAnInventory(path: input.path, reason: "the file is empty")
    default:
      throw ImportError.notAnInventory(
        path: input.path, reason: "a JSON inventory is an object with \"servers\" or \"applications\", or an array")
    }
    // Anything but whitespace after the document is a syntax error the tokenizer reports.
    _ = try tokenizer.next()
  }

  /// The members of the top-level object, whose `{` was just read.
  private func readDocument(
    from tokenizer: inout JSONTokenizer, builder: inout JSONRecordBuilder, emit: (RawRecord) throws -> Void,
    diagnose: (Diagnostic) -> Void
  ) throws {
    while case .key(let key) = try tokenizer.next() {
      let keyLocation = tokenizer.location
      switch FieldName.normalize(key) {
      case "servers":
        let value = try tokenizer.next()
        guard value == .arrayStart else {
          try rejectNonArray(key, value, kind: "server", from: &tokenizer, diagnose: diagnose)
          continue
        }
        while true {
          let token = try tokenizer.next()
          if token == .arrayEnd { break }
          guard token == .objectStart else {
            try rejectElement(token, kind: "server", from: &tokenizer, diagnose: diagnose)
            continue
          }
          try readServer(from: &tokenizer, builder: &builder, emit: emit, diagnose: diagnose)
        }
      case "applications":
        let value = try tokenizer.next()
        guard value == .arrayStart else {
          try rejectNonArray(key, value, kind: "application", from: &tokenizer, diagnose: diagnose)
          continue
        }
        try readApplications(from: &tokenizer, builder: &builder, emit: emit, diagnose: diagnose)
      default:
        try JSONRecordBuilder.skipValue(startingWith: try tokenizer.next(), from: &tokenizer)
        diagnose(
          Diagnostic(
            .warning, at: keyLocation,
            "unknown top-level key '\(key)' is ignored (an inventory has \"servers\" and \"applications\")"))
      }
    }
  }

  /// Application records of an array whose `[` was just read, up to its `]`.
  private func readApplications(
    from tokenizer: inout JSONTokenizer, builder: inout JSONRecordBuilder, emit: (RawRecord) throws -> Void,
    diagnose: (Diagnostic) -> Void
  ) throws {
    while true {
      let token = try tokenizer.next()
      if token == .arrayEnd { return }
      guard token == .objectStart else {
        try rejectElement(token, kind: "application", from: &tokenizer, diagnose: diagnose)
        continue
      }
      try emit(builder.readRecord(kind: .application, context: .application, from: &tokenizer, diagnose: diagnose))
    }
  }

  /// A server object whose `{` was just read, with its nested applications.
  private func readServer(
    from tokenizer: inout JSONTokenizer, builder: inout JSONRecordBuilder, emit: (RawRecord) throws -> Void,
    diagnose: (Diagnostic) -> Void
  ) throws {
    var server = JSONRecordDraft(kind: .server, location: tokenizer.location)
    // Nested applications read before the server's id (key order is free in JSON).
    var held: [RawRecord] = []
    while case .key(let key) = try tokenizer.next() {
      let keyLocation = tokenizer.location
      guard builder.field(for: key, in: .server) == nil, builder.normalized(key) == "applications" else {
        try builder.readMember(
          key, at: keyLocation, context: .server, into: &server, from: &tokenizer, diagnose: diagnose)
        continue
      }
      let value = try tokenizer.next()
      guard value == .arrayStart else {
        try rejectNonArray(key, value, kind: "application", from: &tokenizer, diagnose: diagnose)
        continue
      }
      while true {
        let token = try tokenizer.next()
        if token == .arrayEnd { break }
        guard token == .objectStart else {
          try rejectElement(token, kind: "application", from: &tokenizer, diagnose: diagnose)
          continue
        }
        var application = try builder.readRecord(
          kind: .application, context: .application, from: &tokenizer, diagnose: diagnose)
        if let serverId = server.record.fields.first(where: { $0.field == .serverId }) {
          imply(serverId, on: &application, diagnose: diagnose)
          try emit(application)
        } else {
          held.append(application)
        }
      }
    }
    try emit(server.record)
    // With no server_id at all, the hostname stands in for it (as the schema joins by hostname).
    let parentId =
      server.record.fields.first { $0.field == .serverId } ?? server.record.fields.first { $0.field == .hostname }
    for var application in held {
      if let parentId { imply(parentId, on: &application, diagnose: diagnose) }
      try emit(application)
    }
  }

  /// Gives a nested application its server's id; an own `server_id` that differs is overridden
  /// with a warning, since nesting says where the application runs.
  private func imply(_ parentId: RawField, on application: inout RawRecord, diagnose: (Diagnostic) -> Void) {
    guard let index = application.fields.firstIndex(where: { $0.field == .serverId }) else {
      application.set(.serverId, parentId.value, at: parentId.location)
      return
    }
    let own = application.fields[index]
    let parentText = RawRecord(kind: .server, location: parentId.location, fields: [parentId]).text(of: .serverId)
    let ownText = application.text(of: .serverId)
    guard ownText != parentText else { return }
    diagnose(
      Diagnostic(
        .warning, at: own.location, field: Field.serverId.schemaName,
        "server_id '\(ownText ?? "")' differs from the server this application is nested in ('\(parentText ?? "")'); "
          + "the enclosing server is used"))
    application.fields[index] = RawField(field: .serverId, value: parentId.value, location: parentId.location)
  }

  private func rejectNonArray(
    _ key: String, _ token: JSONToken, kind: String, from tokenizer: inout JSONTokenizer,
    diagnose: (Diagnostic) -> Void
  ) throws {
    // `null` is an empty list written another way.
    if token == .null { return }
    let location = tokenizer.location
    try JSONRecordBuilder.skipValue(startingWith: token, from: &tokenizer)
    diagnose(Diagnostic(.rejection, at: location, "'\(key)' should be an array of \(kind) objects; it is not read"))
  }

  private func rejectElement(
    _ token: JSONToken, kind: String, from tokenizer: inout JSONTokenizer, diagnose: (Diagnostic) -> Void
  ) throws {
    let location = tokenizer.location
    try JSONRecordBuilder.skipValue(startingWith: token, from: &tokenizer)
    diagnose(Diagnostic(.rejection, at: location, "expected a \(kind) object here"))
  }
}
