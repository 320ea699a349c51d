import ContainerFitConcurrency
import Dispatch
import Synchronization
import XCTest

final class BuiltOnceTests: XCTestCase {
  func testTheValueIsBuiltOnceWhateverTheNumberOfThreadsAsking() {
    let builds = Atomic<Int>(0)
    let shared = BuiltOnce { () -> [Int] in
      builds.add(1, ordering: .relaxed)
      return Array(0..<1_000)
    }
    let sums = Mutex<[Int]>([])
    DispatchQueue.concurrentPerform(iterations: 16) { _ in
      let sum = shared.value.reduce(0, +)
      sums.withLock { $0.append(sum) }
    }
    XCTAssertEqual(builds.load(ordering: .relaxed), 1)
    XCTAssertEqual(sums.withLock { $0 }, Array(repeating: 499_500, count: 16))
  }
}
