import ContainerFitModel

/// An element of a small XML document held whole: what the adapters read (a CLIXML export, an
/// `appcmd` listing, the parts of an `.xlsx` workbook), whose meaning depends on cross references
/// and so cannot be decided element by element.
struct XMLNode: Sendable {
  /// The local name (no namespace prefix).
  var name: String
  /// Attributes by local name, in document order.
  var attributes: [(name: String, value: String)] = []
  var children: [XMLNode] = []
  /// The text directly inside the element.
  var text = ""
  var location: SourceLocation

  /// The value of an attribute, matched case-sensitively (XML names are).
  func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// The first child with this name.
  func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

  /// Every child with this name.
  func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
}

/// Builds an `XMLNode` tree from the reader's events.
final class XMLTreeBuilder: XMLEventSink {
  private var stack: [XMLNode] = []
  /// The document element, once it has ended.
  private(set) var root: XMLNode?

  override func start(_ name: XMLName, attributes: XMLAttributeList, at location: SourceLocation) {
    var node = XMLNode(name: name.text, location: location)
    attributes.forEach { name, value in
      node.attributes.append((name: name.text, value: String(decoding: value, as: UTF8.self)))
    }
    stack.append(node)
  }

  override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += String(decoding: bytes, as: UTF8.self)
  }

  override func end() {
    guard let node = stack.popLast() else { return }
    if stack.isEmpty {
      root = node
    } else {
      stack[stack.count - 1].children.append(node)
    }
  }
}
