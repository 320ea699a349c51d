import Synchronization

/// Values the command holds until the process exits. Freeing a million assessed applications, one
/// reference count at a time, takes over a second at the end of a run; the operating system takes
/// the whole address space back at exit for nothing.
enum KeptUntilExit {
  private static let values = Mutex<[any Sendable]>([])

  static func keep(_ value: any Sendable) {
    values.withLock { $0.append(value) }
  }
}
