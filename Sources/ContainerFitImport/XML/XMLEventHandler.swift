import ContainerFitModel

/// What receives the elements of a document as libxml2's SAX2 parser meets them: the canonical
/// record builder, or the tree that the adapters (CLIXML, appcmd, `.xlsx` parts) walk.
protocol XMLEventHandler {
  /// Whether text in the current element is wanted.
  var collectsText: Bool { get }

  /// An element starts; its attributes are valid only during the call.
  mutating func start(
    _ name: XMLName, attributes: XMLAttributeList, at location: SourceLocation, diagnose: (Diagnostic) -> Void)
  /// Text inside the current element (UTF-8, entity references already replaced), valid only during
  /// the call; one run of text may come in several pieces.
  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
  /// The current element ends.
  mutating func end(emit: (RawRecord) throws -> Void) throws
}

extension XMLRecordBuilder: XMLEventHandler {}
