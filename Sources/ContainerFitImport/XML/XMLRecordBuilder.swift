import ContainerFitModel

/// Turns the element events of an inventory document into records, as each record's element ends.
///
/// Only one server's nested applications are ever held: their `server_id` is implied by the server,
/// whose fields may come as child elements after them, so they are emitted right after their server.
struct XMLRecordBuilder {
  private enum Role {
    case root
    /// `<servers>` or `<applications>` directly under the root.
    case container
    case server
    /// `<applications>` inside a server.
    case serverApplications
    case application(nested: Bool)
    /// A field of the enclosing record, written as a child element.
    case field(XMLName)
    /// `<dependency>` inside `<dependencies>`.
    case dependencyItem
    /// Markup inside a field element: its text belongs to the field.
    case content
    case ignored
  }

  private struct Frame {
    var role: Role
    var location: SourceLocation
    var record: RawRecord?
    /// The text gathered for a field element.
    var text = ""
    /// Dependency items gathered from `<dependency>` elements.
    var items: [String] = []
    var itemsLocation: SourceLocation?
    /// A server's applications, waiting for the server to end.
    var nestedApplications: [RawRecord] = []
    /// The frame that gathers the text found in this element.
    var collector: Int?
  }

  private var stack: [Frame] = []
  private var warnedNames: Set<String> = []

  /// Whether the current element takes its attributes as fields (a server or an application).
  var acceptsAttributes: Bool { !stack.isEmpty && stack[stack.count - 1].record != nil }

  /// Whether text in the current element is kept (it is inside a field element).
  var collectsText: Bool { !stack.isEmpty && stack[stack.count - 1].collector != nil }

  /// An element starts.
  mutating func start(_ name: XMLName, at location: SourceLocation, diagnose: (Diagnostic) -> Void) {
    // Indexing, not `stack.last`: that would copy the whole frame for every element.
    let parent = stack.isEmpty ? nil : stack[stack.count - 1].role
    let parentCollector = stack.isEmpty ? nil : stack[stack.count - 1].collector
    var collector: Int?
    let role: Role
    switch parent {
    case nil:
      role = .root
    case .root?, .container?:
      switch name.role {
      case .server: role = .server
      case .application: role = .application(nested: false)
      case .servers, .applications: role = stack.count == 1 ? .container : .ignored
      default: role = .ignored
      }
    case .server?:
      switch name.role {
      case .application: role = .application(nested: true)
      case .applications: role = .serverApplications
      default:
        role = .field(name)
        collector = stack.count
      }
    case .serverApplications?:
      role = name.role == .application ? .application(nested: true) : .ignored
    case .application?:
      role = .field(name)
      collector = stack.count
    case .field(let parent)?:
      if parent.role == .dependencies, name.role == .dependency {
        role = .dependencyItem
        collector = stack.count
      } else {
        role = .content
        collector = parentCollector
      }
    case .dependencyItem?, .content?:
      role = .content
      collector = parentCollector
    case .ignored?:
      role = .ignored
    }

    var frame = Frame(role: role, location: location, collector: collector)
    switch role {
    case .server: frame.record = RawRecord(kind: .server, location: location)
    case .application: frame.record = RawRecord(kind: .application, location: location)
    case .ignored:
      if case .ignored? = parent {
      } else if warnedNames.insert(name.text).inserted {
        diagnose(
          Diagnostic(
            .warning, at: location, "element <\(name.text)> is not part of the inventory schema and was ignored"))
      }
    default: break
    }
    stack.append(frame)
  }

  /// An attribute of the current element (only asked for when `acceptsAttributes`).
  mutating func attribute(_ name: XMLName, value: String) {
    let index = stack.count - 1
    guard index >= 0, let kind = stack[index].record?.kind else { return }
    if let field = name.field(in: kind) {
      stack[index].record?.set(field, .text(value))
    } else if !value.isEmpty {
      stack[index].record?.attributes.append((name: name.text, value: value))
    }
  }

  /// Text inside the current element (only asked for when `collectsText`).
  mutating func text(_ text: String) {
    guard !stack.isEmpty, let collector = stack[stack.count - 1].collector else { return }
    stack[collector].text += text
  }

  /// The current element ends; completed records go to `emit`.
  mutating func end(emit: (RawRecord) throws -> Void) rethrows {
    guard let frame = stack.popLast() else { return }
    switch frame.role {
    case .field(let name):
      finishField(name, frame)
    case .dependencyItem:
      addDependency(Self.trimmed(frame.text), at: frame.location, to: stack.count - 1)
    case .server:
      guard var server = frame.record else { return }
      Self.finishDependencies(&server, frame)
      try emit(server)
      // An application nested in a server runs on it: its id, or its hostname when it has none.
      let implied = server.fields.first { $0.field == .serverId } ?? server.fields.first { $0.field == .hostname }
      for var application in frame.nestedApplications {
        if application.value(of: .serverId) == nil, let implied {
          application.set(.serverId, implied.value, at: implied.location)
        }
        try emit(application)
      }
    case .application(let nested):
      guard var application = frame.record else { return }
      Self.finishDependencies(&application, frame)
      if nested, let server = stack.indices.last(where: { if case .server = stack[$0].role { true } else { false } }) {
        stack[server].nestedApplications.append(application)
      } else {
        try emit(application)
      }
    case .root, .container, .serverApplications, .content, .ignored:
      break
    }
  }

  private mutating func finishField(_ name: XMLName, _ frame: Frame) {
    let owner = stack.count - 1
    guard owner >= 0, let kind = stack[owner].record?.kind else { return }
    let text = Self.trimmed(frame.text)
    if name.role == .dependency {
      addDependency(text, at: frame.location, to: owner)
    } else if name.role == .dependencies, !frame.items.isEmpty {
      for item in frame.items { addDependency(item, at: frame.itemsLocation ?? frame.location, to: owner) }
    } else if let field = name.field(in: kind) {
      stack[owner].record?.set(field, .text(text), at: frame.location)
    } else if !text.isEmpty {
      stack[owner].record?.attributes.append((name: name.text, value: text))
    }
  }

  private mutating func addDependency(_ item: String, at location: SourceLocation, to index: Int) {
    guard index >= 0, !item.isEmpty else { return }
    stack[index].items.append(item)
    if stack[index].itemsLocation == nil { stack[index].itemsLocation = location }
  }

  private static func finishDependencies(_ record: inout RawRecord, _ frame: Frame) {
    guard !frame.items.isEmpty else { return }
    record.set(.dependencies, .list(frame.items), at: frame.itemsLocation)
  }

  /// Element text without the indentation around it; attribute values are kept as written.
  static func trimmed(_ text: String) -> String {
    let bytes = text.utf8
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if first == bytes.startIndex, last == bytes.index(before: bytes.endIndex) { return text }
    return String(text[first...last])
  }
}
