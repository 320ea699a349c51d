import ContainerFitModel

/// Reads the objects of a PowerShell `Export-Clixml` document as plain data: each object's
/// properties from `<Props>` (adapted) and `<MS>` (extended, where `Select-Object` puts its columns)
/// merged, enums as their `<ToString>` name, `<Ref RefId>` resolved to the object written before,
/// `<TNRef>` to the type names written before, strings unescaped from `_xHHHH_`.
///
/// Type names are kept as information only: nothing is ever instantiated or acted on from them.
struct CLIXMLDecoder {
  /// One object: its type names and properties (name → text, `nil` for `<Nil/>`), in document order.
  struct Object {
    var typeNames: [String]
    var properties: [(name: String, value: String?)]
    var toString: String?
    var location: SourceLocation

    /// A property by name, case-insensitively (PowerShell's names are).
    func value(_ name: String) -> String? {
      let lowered = name.lowercased()
      return properties.first { $0.name.lowercased() == lowered }?.value
    }

    func has(_ name: String) -> Bool {
      let lowered = name.lowercased()
      return properties.contains { $0.name.lowercased() == lowered }
    }
  }

  private var typeNamesByRef: [String: [String]] = [:]
  private var objectsByRef: [String: Object] = [:]

  /// The object an `<Obj>` element holds; remembered under its `RefId` for later `<Ref>`s.
  mutating func object(_ node: XMLNode) -> Object {
    var object = Object(typeNames: [], properties: [], toString: nil, location: node.location)
    if let names = node.child("TN") {
      object.typeNames = names.children("T").map { Self.unescape($0.text) }
      if let id = names.attribute("RefId") { typeNamesByRef[id] = object.typeNames }
    } else if let id = node.child("TNRef")?.attribute("RefId") {
      object.typeNames = typeNamesByRef[id] ?? []
    }
    object.toString = node.child("ToString").map { Self.unescape($0.text) }
    for group in node.children where group.name == "Props" || group.name == "MS" {
      for property in group.children {
        guard let name = property.attribute("N") else { continue }
        object.properties.append((name: Self.unescape(name), value: value(of: property)))
      }
    }
    if let id = node.attribute("RefId") { objectsByRef[id] = object }
    return object
  }

  /// The object a top-level `<Ref>` points to.
  func referenced(_ node: XMLNode) -> Object? { node.attribute("RefId").flatMap { objectsByRef[$0] } }

  /// A property's value as text: a primitive's text, an enum's name, a referenced object's name.
  private mutating func value(of node: XMLNode) -> String? {
    switch node.name {
    case "Nil": return nil
    case "Obj":
      let nested = object(node)
      return nested.toString ?? node.children.first { !["TN", "TNRef", "Props", "MS"].contains($0.name) }?.text
    case "Ref": return node.attribute("RefId").flatMap { objectsByRef[$0]?.toString }
    default: return Self.unescape(node.text)
    }
  }

  /// Undoes CLIXML's `_xHHHH_` escapes (UTF-16 code units: `_x000D__x000A_` is CRLF, `_x005F_` an
  /// underscore); anything that is not a complete escape is kept as written.
  static func unescape(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var units: [UInt16] = []
    let source = Array(text.utf16)
    var index = 0
    while index < source.count {
      if source[index] == 0x5F, index + 6 < source.count, source[index + 1] == 0x78, source[index + 6] == 0x5F,
        let unit = UInt16(String(decoding: source[(index + 2)..<(index + 6)], as: UTF16.self), radix: 16)
      {
        units.append(unit)
        index += 7
      } else {
        units.append(source[index])
        index += 1
      }
    }
    return String(decoding: units, as: UTF16.self)
  }
}
