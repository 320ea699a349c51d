import ContainerFitModel

/// What receives the elements of a document as libxml2's SAX2 parser meets them: the canonical
/// records (`XMLRecordSink`) or the tree that the adapters walk (`XMLTreeBuilder`).
///
/// A class, so that the parser's C callbacks (which cannot be generic) reach either through one
/// overridden method, with no generic or existential value in between.
class XMLEventSink {
  /// A failure of the consumer, kept to be thrown once the parser has returned; no more events
  /// are delivered after it.
  var failure: (any Error)?

  /// An element starts; its attributes are valid only during the call.
  func start(_ name: XMLName, attributes: XMLAttributeList, at location: SourceLocation) {}
  /// Text inside the current element (UTF-8, references replaced), valid only during the call; one
  /// run of text may come in several pieces.
  func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
  /// The current element ends.
  func end() {}
}
