import Synchronization

/// A value several threads need, built by the first one to ask while the others wait for it: the
/// report view, which the HTML and Markdown files share, is built on their threads instead of before
/// any file starts (it took a second on one core at a million applications, while the other
/// formats, which do not need it, waited).
final class BuiltOnce<Value: Sendable>: Sendable {
  private let stored = Mutex<Value?>(nil)
  private let build: @Sendable () -> Value

  init(_ build: @escaping @Sendable () -> Value) {
    self.build = build
  }

  var value: Value {
    stored.withLock { stored in
      if let stored { return stored }
      let built = build()
      stored = built
      return built
    }
  }
}
