import ContainerFitModel

/// Where the parser's callbacks deliver events: a class, so that C callbacks (which cannot be
/// generic) reach the handler of any type through one overridden method. `XMLHandlerSink` is the
/// only subclass.
class XMLEventSink {
  /// A failure of `emit`, kept to be thrown once the parser has returned.
  var failure: (any Error)?

  /// Whether text in the current element is wanted.
  var collectsText: Bool { false }

  func start(_ name: XMLName, attributes: XMLAttributeList, at location: SourceLocation) {}
  func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
  func end() {}
}

/// The sink of one handler, with the consumers of its records and diagnostics.
final class XMLHandlerSink<Handler: XMLEventHandler>: XMLEventSink {
  var handler: Handler
  private let emit: (RawRecord) throws -> Void
  private let diagnose: (Diagnostic) -> Void

  init(_ handler: Handler, emit: @escaping (RawRecord) throws -> Void, diagnose: @escaping (Diagnostic) -> Void) {
    self.handler = handler
    self.emit = emit
    self.diagnose = diagnose
  }

  override var collectsText: Bool { handler.collectsText }

  override func start(_ name: XMLName, attributes: XMLAttributeList, at location: SourceLocation) {
    handler.start(name, attributes: attributes, at: location, diagnose: diagnose)
  }

  override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    handler.text(bytes)
  }

  override func end() {
    do {
      try handler.end(emit: emit)
    } catch {
      failure = error
    }
  }
}
