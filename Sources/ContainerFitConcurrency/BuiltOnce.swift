import Synchronization

/// A value several threads need, built by the first one to ask while the others wait for it. The
/// report view, which the HTML and Markdown files share, is built on their threads instead of before
/// any file starts; the run's summary is built on another core while the plan is made.
public final class BuiltOnce<Value: Sendable>: Sendable {
  private let stored = Mutex<Value?>(nil)
  private let build: @Sendable () -> Value

  public init(_ build: @escaping @Sendable () -> Value) {
    self.build = build
  }

  public var value: Value {
    stored.withLock { stored in
      if let stored { return stored }
      let built = build()
      stored = built
      return built
    }
  }
}
