import ContainerFitModel
import Dispatch

extension Planner {
  /// The layout of every isolation mode the plan needs: the scenario's own, and the other two for
  /// the isolation comparison. They are independent full packings, so they run concurrently (one
  /// per core); before, the comparison packed the estate twice more after the main plan.
  func layouts(_ workloads: [Workload]) -> [Scenario.IsolationMode: HostLayout] {
    let modes = [scenario.isolation] + Scenario.IsolationMode.allCases.filter { $0 != scenario.isolation }
    let slots = LayoutSlots(count: modes.count)
    defer { slots.release() }
    DispatchQueue.concurrentPerform(iterations: modes.count) { index in
      slots.write(layout(workloads, mode: modes[index]), at: index)
    }
    var result: [Scenario.IsolationMode: HostLayout] = [:]
    for (index, mode) in modes.enumerated() { result[mode] = slots.read(at: index) }
    return result
  }
}

/// Results of the concurrent packings: each slot is written exactly once, by the one worker that
/// packs its mode, and read only after all workers are done.
private final class LayoutSlots: @unchecked Sendable {
  private let base: UnsafeMutablePointer<HostLayout?>
  private let count: Int

  init(count: Int) {
    self.count = count
    base = UnsafeMutablePointer<HostLayout?>.allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  func write(_ layout: HostLayout, at index: Int) { base[index] = layout }

  func read(at index: Int) -> HostLayout? { base[index] }

  func release() {
    base.deinitialize(count: count)
    base.deallocate()
  }
}
