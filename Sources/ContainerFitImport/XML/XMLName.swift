import ContainerFitModel

/// An element or attribute name as the XML reader needs it: its structural role and the canonical
/// field it denotes in each context, resolved once per distinct name.
///
/// A plain value with nothing to reference-count: the reader hands out tens of millions of them.
/// The spelling stays in the parser's name dictionary until it is asked for.
struct XMLName {
  /// What an element of this name means to the inventory structure.
  enum Role {
    case server
    case application
    /// `<servers>`: a wrapper of server elements.
    case servers
    /// `<applications>`: a wrapper of application elements.
    case applications
    /// `<dependency>`: one item of the dependencies list.
    case dependency
    /// `<dependencies>`: the whole list, as text or as `<dependency>` children.
    case dependencies
    /// `id`: the record's own identifier (`server_id` or `app_id`).
    case id
    /// A field (known or not) of the enclosing record.
    case other
  }

  var role: Role
  /// The field this name denotes on a server record (`nil`: a free-form attribute).
  var serverField: Field?
  /// The field this name denotes on an application record (`nil`: a free-form attribute).
  var applicationField: Field?
  /// The NUL-terminated local name as written, owned by the parser for the whole reading.
  private let spelling: UnsafePointer<UInt8>

  /// Resolves a name the parser owns; `spelling` must outlive every use of the value.
  init(spelling: UnsafePointer<UInt8>) {
    self.spelling = spelling
    let text = String(cString: spelling)
    role = Self.roles[text] ?? .other
    switch role {
    case .id:
      serverField = .serverId
      applicationField = .appId
    case .dependency, .dependencies:
      serverField = .dependencies
      applicationField = .dependencies
    default:
      serverField = FieldName.resolve(text, in: .server)
      applicationField = FieldName.resolve(text, in: .application)
    }
  }

  /// The name as written (local name, without a namespace prefix).
  var text: String { String(cString: spelling) }

  /// The field this name denotes on a record of the given kind.
  func field(in kind: RawRecord.Kind) -> Field? {
    kind == .server ? serverField : applicationField
  }

  private static let roles: [String: Role] = [
    "server": .server, "application": .application, "servers": .servers, "applications": .applications,
    "dependency": .dependency, "dependencies": .dependencies, "id": .id,
  ]
}
