import Foundation

/// Worker states handed from one chunk of an estate to the next, so the caches a chunk warmed serve
/// the chunks after it instead of starting empty each time. A chunk takes a state when it starts and
/// puts it back when done; at most as many states exist as chunks run at once.
final class WorkerStatePool: @unchecked Sendable {
  private let lock = NSLock()
  private let ruleCount: Int
  /// Guarded by `lock`.
  private var idle: [WorkerState] = []

  init(ruleCount: Int) {
    self.ruleCount = ruleCount
  }

  /// An idle state, or a new one when every state is in use.
  func take() -> WorkerState {
    lock.withLock { idle.popLast() } ?? WorkerState(ruleCount: ruleCount)
  }

  func putBack(_ state: WorkerState) {
    lock.withLock { idle.append(state) }
  }
}
