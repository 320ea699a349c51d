import ContainerFitRun
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One status line on stderr for long runs: the stage, its rate and the elapsed time, redrawn in
/// place. Only when stderr is a terminal and `--quiet` is off: logs and pipes get nothing.
/// With `--timings`, each finished stage is also printed as a line of its own, terminal or not
/// (what benchmarks and logs keep).
final class ProgressLine {
  private let enabled: Bool
  private let timings: Bool
  private let start = Date()
  private var stageStart = Date()
  private var stage = ""

  init(quiet: Bool, timings: Bool = false) {
    enabled = !quiet && isatty(STDERR_FILENO) == 1
    self.timings = timings
  }

  /// Shows a run's stage beginning or ending.
  func show(_ progress: AssessmentRun.Progress) {
    switch progress {
    case .began(let stage): begin(stage.rawValue)
    case .ended(_, let count, let unit): end(count: count, unit: unit)
    }
  }

  /// Starts a stage; the finished one is summarised with its count and rate.
  func begin(_ name: String) {
    stage = name
    stageStart = Date()
    draw("\(name)…")
  }

  /// Ends the current stage having handled `count` items (records, applications, workloads).
  func end(count: Int, unit: String) {
    let seconds = max(Date().timeIntervalSince(stageStart), 0.000_1)
    let rate = Int(Double(count) / seconds)
    let text = "\(stage): \(count) \(unit) in \(format(seconds)) (\(rate) \(unit)/s)"
    draw(text)
    if timings {
      // A line of its own: over the progress line on a terminal, plain into a file or pipe.
      let line = stamped("\(text), peak memory \(Self.peakMemory())") + "\n"
      Console.errVerbatim((enabled ? Self.clearLine : "") + line)
    }
  }

  /// A count of items done out of a total for the current stage, redrawn as work on other threads
  /// reports it (blueprints written, say); nothing when the line is off.
  func counter(unit: String) -> @Sendable (Int, Int) -> Void {
    guard enabled else { return { _, _ in } }
    let (stage, start) = (self.stage, self.start)
    return { done, total in
      let elapsed = String(format: "%.1fs", Date().timeIntervalSince(start))
      Console.errVerbatim("\r\u{1B}[K[\(elapsed)] \(stage): \(done) of \(total) \(unit)")
    }
  }

  /// Clears the line when the run is done.
  func finish() {
    guard enabled else { return }
    Console.errVerbatim(Self.clearLine)
  }

  /// Back to the start of the line and erase it.
  private static let clearLine = "\r\u{1B}[K"

  private func draw(_ text: String) {
    guard enabled else { return }
    Console.errVerbatim(Self.clearLine + stamped(text))
  }

  /// `[elapsed] text`.
  private func stamped(_ text: String) -> String { "[\(format(Date().timeIntervalSince(start)))] \(text)" }

  private func format(_ seconds: TimeInterval) -> String { String(format: "%.1fs", seconds) }

  /// The process's peak resident memory so far (`getrusage`; Linux counts it in KiB).
  private static func peakMemory() -> String {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return String(format: "%.2f GB", Double(usage.ru_maxrss) * 1024 / 1e9)
  }
}
