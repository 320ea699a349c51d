import ContainerFitModel

/// What receives the elements of a document as libxml2's streaming reader returns them: the
/// canonical record builder, or the tree that the adapters (CLIXML, appcmd, `.xlsx` parts) walk.
protocol XMLEventHandler {
  /// Whether the attributes of the element just started are wanted.
  var acceptsAttributes: Bool { get }
  /// Whether text in the current element is wanted.
  var collectsText: Bool { get }

  /// An element starts.
  mutating func start(_ name: XMLName, at location: SourceLocation, diagnose: (Diagnostic) -> Void)
  /// An attribute of the element just started.
  mutating func attribute(_ name: XMLName, value: String)
  /// Text inside the current element.
  mutating func text(_ text: String)
  /// The current element ends.
  mutating func end(emit: (RawRecord) throws -> Void) throws
}

extension XMLRecordBuilder: XMLEventHandler {}
