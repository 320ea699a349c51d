import ContainerFitModel

/// Turns the element events of an inventory document into records, as each record's element ends.
///
/// Only one server's nested applications are ever held: their `server_id` is implied by the server,
/// whose fields may come as child elements after them, so they are emitted right after their server.
///
/// The element stack holds small plain frames; the open records live beside it (at most one server
/// and one application are open at a time), and the text of field elements is gathered in one byte
/// buffer used as a stack, so an element costs no allocation of its own.
struct XMLRecordBuilder {
  private enum Role {
    case root
    /// `<servers>` or `<applications>` directly under the root.
    case container
    case server
    /// `<applications>` inside a server.
    case serverApplications
    case application
    case nestedApplication
    /// A field of the enclosing record, written as a child element.
    case field
    /// `<dependency>` inside `<dependencies>`.
    case dependencyItem
    /// Markup inside a field element: its text belongs to the field.
    case content
    case ignored
  }

  private struct Frame {
    var role: Role
    /// The element's name, kept for fields.
    var name: XMLName?
    var location: SourceLocation
    /// Where the element's own text starts in `text` (fields and dependency items).
    var textStart: Int
    /// Whether text in this element is kept (it is inside a field element).
    var collects: Bool
  }

  /// A record being read, with the dependency items gathered from its child elements.
  private struct OpenRecord {
    var record: RawRecord
    var items: [String] = []
    var itemsLocation: SourceLocation?

    mutating func addDependency(_ item: String, at location: SourceLocation) {
      guard !item.isEmpty else { return }
      items.append(item)
      if itemsLocation == nil { itemsLocation = location }
    }

    /// The record with its gathered dependency items as its list.
    mutating func finished() -> RawRecord {
      if !items.isEmpty { record.set(.dependencies, .list(items), at: itemsLocation) }
      return record
    }
  }

  private var stack: [Frame] = []
  private var text: [UInt8] = []
  private var server: OpenRecord?
  private var application: OpenRecord?
  /// The current server's applications, waiting for the server to end.
  private var nestedApplications: [RawRecord] = []
  /// The items of the `<dependencies>` element open now, from its `<dependency>` children.
  private var listItems: [String] = []
  private var listLocation: SourceLocation?
  private var warnedNames: Set<String> = []

  init() {
    stack.reserveCapacity(16)
    text.reserveCapacity(256)
  }

  /// An element starts.
  mutating func start(
    _ name: XMLName, attributes: XMLAttributeList, at location: SourceLocation, diagnose: (Diagnostic) -> Void
  ) {
    let depth = stack.count
    // Indexing, not `stack.last`: no copy of the frame.
    let parent = depth == 0 ? nil : stack[depth - 1].role
    let parentCollects = depth == 0 ? false : stack[depth - 1].collects
    let role: Role
    switch parent {
    case nil:
      role = .root
    case .root?, .container?:
      switch name.role {
      case .server: role = .server
      case .application: role = .application
      case .servers, .applications: role = depth == 1 ? .container : .ignored
      default: role = .ignored
      }
    case .server?:
      switch name.role {
      case .application: role = .nestedApplication
      case .applications: role = .serverApplications
      default: role = .field
      }
    case .serverApplications?:
      role = name.role == .application ? .nestedApplication : .ignored
    case .application?, .nestedApplication?:
      role = .field
    case .field?:
      let parentIsList = stack[depth - 1].name?.role == .dependencies
      role = parentIsList && name.role == .dependency ? .dependencyItem : .content
    case .dependencyItem?, .content?:
      role = .content
    case .ignored?:
      role = .ignored
    }

    var frame = Frame(role: role, name: nil, location: location, textStart: text.count, collects: false)
    switch role {
    case .server:
      server = OpenRecord(record: Self.record(.server, at: location, attributes))
      nestedApplications.removeAll(keepingCapacity: true)
    case .application, .nestedApplication:
      application = OpenRecord(record: Self.record(.application, at: location, attributes))
    case .field:
      frame.name = name
      frame.collects = true
      if name.role == .dependencies {
        listItems.removeAll(keepingCapacity: true)
        listLocation = nil
      }
    case .dependencyItem:
      frame.collects = true
    case .content:
      frame.collects = parentCollects
    case .ignored:
      if parent != .ignored, warnedNames.insert(name.text).inserted {
        diagnose(
          Diagnostic(
            .warning, at: location, "element <\(name.text)> is not part of the inventory schema and was ignored"))
      }
    case .root, .container, .serverApplications:
      break
    }
    stack.append(frame)
  }

  /// Text inside the current element: kept inside field elements, dropped elsewhere (indentation).
  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !stack.isEmpty, stack[stack.count - 1].collects else { return }
    text.append(contentsOf: bytes)
  }

  /// The current element ends; completed records go to `emit`.
  mutating func end(emit: (RawRecord) throws -> Void) rethrows {
    guard let frame = stack.popLast() else { return }
    switch frame.role {
    case .field:
      finishField(frame)
    case .dependencyItem:
      let item = takeText(from: frame.textStart)
      if !item.isEmpty {
        listItems.append(item)
        if listLocation == nil { listLocation = frame.location }
      }
    case .server:
      guard var open = server else { return }
      server = nil
      let record = open.finished()
      try emit(record)
      // An application nested in a server runs on it: its id, or its hostname when it has none.
      let implied = record.fields.first { $0.field == .serverId } ?? record.fields.first { $0.field == .hostname }
      // In place, by index: a copy of each record would make its field list copy itself on change.
      for index in nestedApplications.indices {
        if let implied, nestedApplications[index].value(of: .serverId) == nil {
          nestedApplications[index].set(.serverId, implied.value, at: implied.location)
        }
        try emit(nestedApplications[index])
      }
      nestedApplications.removeAll(keepingCapacity: true)
    case .application:
      guard var open = application else { return }
      application = nil
      try emit(open.finished())
    case .nestedApplication:
      guard var open = application else { return }
      application = nil
      nestedApplications.append(open.finished())
    case .root, .container, .serverApplications, .content, .ignored:
      break
    }
  }

  /// A record with its attributes as fields (or free-form attributes when the name is no field).
  private static func record(_ kind: RawRecord.Kind, at location: SourceLocation, _ attributes: XMLAttributeList)
    -> RawRecord
  {
    var record = RawRecord(kind: kind, location: location)
    // Room for every attribute, a dependency list and an implied server id: one allocation.
    record.fields.reserveCapacity(attributes.count + 2)
    attributes.forEach { name, value in
      // An empty value is a gap, not a value: no text is made for it.
      guard !value.isEmpty else { return }
      let text = String(decoding: value, as: UTF8.self)
      if let field = name.field(in: kind) {
        record.fields.append(RawField(field: field, value: .text(text), location: location))
      } else {
        record.attributes.append((name: name.text, value: text))
      }
    }
    return record
  }

  private mutating func finishField(_ frame: Frame) {
    let text = takeText(from: frame.textStart)
    guard let name = frame.name else { return }
    // The owner is the element the field is written in: the application when one is open.
    let ownerIsApplication: Bool
    switch stack.last?.role {
    case .application?, .nestedApplication?: ownerIsApplication = true
    case .server?: ownerIsApplication = false
    default: return
    }
    let list = (items: listItems, location: listLocation)
    if name.role == .dependencies {
      listItems.removeAll(keepingCapacity: true)
      listLocation = nil
    }
    if ownerIsApplication {
      guard application != nil else { return }
      Self.finishField(name, text, frame, list, in: &application)
    } else {
      guard server != nil else { return }
      Self.finishField(name, text, frame, list, in: &server)
    }
  }

  private static func finishField(
    _ name: XMLName, _ text: String, _ frame: Frame, _ list: (items: [String], location: SourceLocation?),
    in owner: inout OpenRecord?
  ) {
    if name.role == .dependency {
      owner?.addDependency(text, at: frame.location)
    } else if name.role == .dependencies, !list.items.isEmpty {
      for item in list.items { owner?.addDependency(item, at: list.location ?? frame.location) }
    } else if let kind = owner?.record.kind, let field = name.field(in: kind) {
      owner?.record.set(field, .text(text), at: frame.location)
    } else if !text.isEmpty {
      owner?.record.attributes.append((name: name.text, value: text))
    }
  }

  /// The text gathered since `start`, trimmed of its indentation; the buffer drops it.
  private mutating func takeText(from start: Int) -> String {
    guard start < text.count else { return "" }
    let result = text.withUnsafeBufferPointer { buffer in
      Self.trimmed(UnsafeBufferPointer(rebasing: buffer[start...]))
    }
    text.removeSubrange(start...)
    return result
  }

  /// Element text without the indentation around it.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
  }

  /// Text without the white space around it (libxml2's messages end in a line feed).
  static func trimmed(_ text: String) -> String {
    var text = text
    return text.withUTF8 { trimmed($0) }
  }
}
