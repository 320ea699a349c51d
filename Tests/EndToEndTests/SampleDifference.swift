import Foundation

/// Where a committed sample and a fresh one first differ, said so a reader finds it without a diff
/// tool: the line (with both versions of it) for text, the byte offset for binary files.
struct SampleDifference: CustomStringConvertible {
  let committed: Data
  let fresh: Data

  var description: String {
    let offset = firstDifference(Array(committed), Array(fresh))
    guard let old = String(data: committed, encoding: .utf8), let new = String(data: fresh, encoding: .utf8) else {
      return "first difference at byte \(offset) of \(committed.count) committed, \(fresh.count) now"
    }
    let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
    let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
    let index = firstDifference(oldLines, newLines)
    let was = index < oldLines.count ? String(oldLines[index].prefix(200)) : "(end of file)"
    let now = index < newLines.count ? String(newLines[index].prefix(200)) : "(end of file)"
    return "first difference at line \(index + 1): committed \"\(was)\", now \"\(now)\""
  }

  /// The first index where the two differ, or the shorter one's length when one is a prefix of the other.
  private func firstDifference<T: Equatable>(_ old: [T], _ new: [T]) -> Int {
    zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
  }
}
