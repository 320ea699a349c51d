import ContainerFitModel

/// The canonical reading: events go to an `XMLRecordBuilder`, its records to `emit`.
final class XMLRecordSink: XMLEventSink {
  // Used in every callback, never across one: no runtime exclusivity bookkeeping (see the session).
  @exclusivity(unchecked)
  private var builder = XMLRecordBuilder()
  private let emit: (RawRecord) throws -> Void
  private let diagnose: (Diagnostic) -> Void

  /// The closures are used only while the session runs.
  init(emit: @escaping (RawRecord) throws -> Void, diagnose: @escaping (Diagnostic) -> Void) {
    self.emit = emit
    self.diagnose = diagnose
  }

  override func start(_ name: XMLName, attributes: XMLAttributeList, at location: SourceLocation) {
    builder.start(name, attributes: attributes, at: location, diagnose: diagnose)
  }

  override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    builder.text(bytes)
  }

  override func end() {
    do {
      try builder.end(emit: emit)
    } catch {
      failure = error
    }
  }
}
