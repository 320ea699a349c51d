import ContainerFitModel

/// Reads the members of JSON objects into records: resolves each key spelling once, maps values
/// to `RawValue` without decoding them further, keeps unknown keys as attributes, and warns about
/// repeated keys (the first value wins). Shared by the JSON and JSON Lines readers.
///
/// Value mapping: string → `.text`; number → `.number`, or `.text` of the literal when a `Double`
/// cannot hold it (`1e400`, integers past 2^53), so that the decoder reports the value instead of
/// a rounded one; `true`/`false` → `.bool`; `null` → nothing (a gap, and not an occurrence for
/// duplicate detection); an array of scalars → `.list`; an object (or an array holding containers)
/// under a known key → a warning and a gap; any value under an unknown key → an attribute, as
/// text (compact JSON for containers, the literal for numbers).
struct JSONRecordBuilder {
  /// Distinct spellings cached per context; beyond this many, keys are resolved each time so that
  /// a file of ever-new keys cannot grow the cache without bound.
  private static let cacheLimit = 4096

  private var serverKeys: [String: Field?] = [:]
  private var applicationKeys: [String: Field?] = [:]
  private var normalizedKeys: [String: String] = [:]

  /// The key as `FieldName.normalize` has it, cached: structural keys (`applications`, `type`)
  /// are recognised under every spelling without normalising each occurrence again.
  mutating func normalized(_ key: String) -> String {
    if let cached = normalizedKeys[key] { return cached }
    let name = FieldName.normalize(key)
    if normalizedKeys.count < Self.cacheLimit { normalizedKeys[key] = name }
    return name
  }

  // Records of one file repeat the same keys: a direct-mapped memo of recent spellings answers
  // most lookups with one string comparison instead of hashing (a fifth of the reading time).
  private static let memoSlots = 64
  private var memoKeys = [String](repeating: "", count: 2 * memoSlots)
  private var memoFields = [Field?](repeating: nil, count: 2 * memoSlots)

  /// The canonical field a key denotes, or nil for an attribute.
  mutating func field(for key: String, in context: FieldName.Context) -> Field? {
    let utf8 = key.utf8
    let mix = utf8.count &* 31 &+ Int(utf8.first ?? 0) &* 7 &+ Int(utf8.last ?? 0)
    let slot = (mix & (Self.memoSlots - 1)) + (context == .server ? Self.memoSlots : 0)
    if memoKeys[slot] == key, !key.isEmpty { return memoFields[slot] }
    let field = cachedField(for: key, in: context)
    memoKeys[slot] = key
    memoFields[slot] = field
    return field
  }

  private mutating func cachedField(for key: String, in context: FieldName.Context) -> Field? {
    switch context {
    case .server:
      if let cached = serverKeys[key] { return cached }
      let field = FieldName.resolve(key, in: context)
      if serverKeys.count < Self.cacheLimit { serverKeys[key] = field }
      return field
    case .application:
      if let cached = applicationKeys[key] { return cached }
      let field = FieldName.resolve(key, in: context)
      if applicationKeys.count < Self.cacheLimit { applicationKeys[key] = field }
      return field
    }
  }

  /// Reads an object whose `{` was just read into a record of the given kind.
  mutating func readRecord(
    kind: RawRecord.Kind, context: FieldName.Context, from tokenizer: inout JSONTokenizer,
    diagnose: (Diagnostic) -> Void
  ) throws -> RawRecord {
    var draft = JSONRecordDraft(kind: kind, location: tokenizer.location)
    while case .key(let key) = try tokenizer.next() {
      try readMember(key, at: tokenizer.location, context: context, into: &draft, from: &tokenizer, diagnose: diagnose)
    }
    return draft.record
  }

  /// Reads the value of the member whose key was just read into the draft.
  mutating func readMember(
    _ key: String, at location: SourceLocation, context: FieldName.Context, into draft: inout JSONRecordDraft,
    from tokenizer: inout JSONTokenizer, diagnose: (Diagnostic) -> Void
  ) throws {
    let field = field(for: key, in: context)
    let token = try tokenizer.next()
    let value: RawValue
    switch token {
    case .string(let text): value = .text(text)
    case .number(let number): value = field == nil ? .text(tokenizer.rawText) : .number(number)
    case .numberLiteral(let literal): value = .text(literal)
    case .bool(let flag): value = .bool(flag)
    case .arrayStart where field != nil:
      guard let items = try readScalarList(from: &tokenizer) else {
        diagnose(
          Diagnostic(
            .warning, at: location, field: field?.schemaName,
            "'\(key)' should be a value or a list of values, not a list of objects or lists; it is ignored"))
        return
      }
      value = .list(items)
    case .objectStart where field != nil:
      try Self.skipValue(startingWith: token, from: &tokenizer)
      diagnose(
        Diagnostic(
          .warning, at: location, field: field?.schemaName, "'\(key)' should be a value, not an object; it is ignored"))
      return
    case .arrayStart, .objectStart:
      value = .text(try Self.compactJSON(startingWith: token, from: &tokenizer))
    case .null, .key, .objectEnd, .arrayEnd, .endOfInput:
      // Only `null` can follow a key; the tokenizer rejects the rest.
      return
    }
    if let field {
      if let first = draft.record.fields.first(where: { $0.field == field }) {
        diagnose(duplicate(key, at: location, firstAt: first.location, field: field.schemaName))
        return
      }
      draft.record.set(field, value, at: location)
    } else {
      if let index = draft.record.attributes.firstIndex(where: { $0.name == key }) {
        diagnose(duplicate(key, at: location, firstAt: draft.attributeLocations[index], field: nil))
        return
      }
      let text: String
      switch value {
      case .text(let string): text = string
      case .bool(let flag): text = flag ? "true" : "false"
      case .number(let number): text = number.formattedForText
      case .list(let items): text = items.joined(separator: ";")
      }
      draft.record.attributes.append((name: key, value: text))
      draft.attributeLocations.append(location)
    }
  }

  /// Skips the value that starts with `token` (a container's contents included).
  static func skipValue(startingWith token: JSONToken, from tokenizer: inout JSONTokenizer) throws {
    guard token == .objectStart || token == .arrayStart else { return }
    var depth = 1
    while depth > 0 {
      switch try tokenizer.next() {
      case .objectStart, .arrayStart: depth += 1
      case .objectEnd, .arrayEnd: depth -= 1
      case .endOfInput: return
      default: break
      }
    }
  }

  /// The items of an array whose `[` was just read, as text; nil (with the array skipped) when it
  /// holds objects or arrays. `null` items are left out.
  private func readScalarList(from tokenizer: inout JSONTokenizer) throws -> [String]? {
    var items: [String] = []
    var scalarsOnly = true
    while true {
      let token = try tokenizer.next()
      switch token {
      case .arrayEnd: return scalarsOnly ? items : nil
      case .string(let text): items.append(text)
      case .number: items.append(tokenizer.rawText)
      case .numberLiteral(let literal): items.append(literal)
      case .bool(let flag): items.append(flag ? "true" : "false")
      case .objectStart, .arrayStart:
        scalarsOnly = false
        try Self.skipValue(startingWith: token, from: &tokenizer)
      case .null, .key, .objectEnd, .endOfInput: break
      }
    }
  }

  private func duplicate(_ key: String, at location: SourceLocation, firstAt first: SourceLocation, field: String?)
    -> Diagnostic
  {
    Diagnostic(
      .warning, at: location, field: field,
      "duplicate key '\(key)': the value at \(first) is used and this one is ignored")
  }
}
