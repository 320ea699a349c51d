import ContainerFitModel

/// A small JSON document held whole, with the place of every value: what the App2Container adapter
/// reads (its files describe one server or one application and are a few kilobytes).
indirect enum JSONValue: Sendable {
  case object([(key: String, value: JSONValue)], SourceLocation)
  case array([JSONValue], SourceLocation)
  case string(String, SourceLocation)
  case number(Double, SourceLocation)
  case bool(Bool, SourceLocation)
  case null(SourceLocation)

  /// Reads the value that starts with `token` (and, for a container, everything up to its end).
  static func read(startingWith token: JSONToken, from tokenizer: inout JSONTokenizer) throws -> JSONValue {
    let location = tokenizer.location
    switch token {
    case .objectStart:
      var members: [(key: String, value: JSONValue)] = []
      while true {
        let next = try tokenizer.next()
        guard case .key(let key) = next else { break }
        members.append((key: key, value: try read(startingWith: tokenizer.next(), from: &tokenizer)))
      }
      return .object(members, location)
    case .arrayStart:
      var items: [JSONValue] = []
      while true {
        let next = try tokenizer.next()
        if next == .arrayEnd || next == .endOfInput { break }
        items.append(try read(startingWith: next, from: &tokenizer))
      }
      return .array(items, location)
    case .string(let text): return .string(text, location)
    case .number(let number): return .number(number, location)
    case .numberLiteral(let literal): return .string(literal, location)
    case .bool(let flag): return .bool(flag, location)
    case .null, .key, .objectEnd, .arrayEnd, .endOfInput: return .null(location)
    }
  }

  /// Where the value starts.
  var location: SourceLocation {
    switch self {
    case .object(_, let location), .array(_, let location), .string(_, let location), .number(_, let location),
      .bool(_, let location), .null(let location):
      return location
    }
  }

  /// The member of an object with this key (exact, then case-insensitive).
  subscript(key: String) -> JSONValue? {
    guard case .object(let members, _) = self else { return nil }
    return members.first { $0.key == key }?.value
      ?? members.first { $0.key.lowercased() == key.lowercased() }?.value
  }

  /// The members of an object, in document order.
  var members: [(key: String, value: JSONValue)] {
    if case .object(let members, _) = self { return members }
    return []
  }

  /// The items of an array.
  var items: [JSONValue] {
    if case .array(let items, _) = self { return items }
    return []
  }

  /// A scalar as text (`nil` for null, objects and arrays, and empty strings).
  var text: String? {
    switch self {
    case .string(let text, _): return text.isEmpty ? nil : text
    case .number(let number, _): return number.formattedForText
    case .bool(let flag, _): return flag ? "true" : "false"
    case .object, .array, .null: return nil
    }
  }

  /// A boolean, also from the strings `"true"`/`"false"` App2Container sometimes writes.
  var bool: Bool? {
    if case .bool(let flag, _) = self { return flag }
    return text.flatMap(ValueParser.boolean)
  }
}
