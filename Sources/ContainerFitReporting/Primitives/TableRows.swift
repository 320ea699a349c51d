/// The rows of a table by index, computed on demand: a million rows are never all built, and the
/// writers can encode separate ranges of them on separate cores.
public struct TableRows: Sendable {
  public let count: Int
  private let row: @Sendable (Int) -> [TableCell]

  /// Rows made by `row(index)` for `index` in `0..<count`; `row` must be pure (it runs concurrently).
  public init(count: Int, row: @escaping @Sendable (Int) -> [TableCell]) {
    self.count = count
    self.row = row
  }

  /// Rows already built (small tables, tests).
  public init(_ rows: [[TableCell]]) {
    self.init(count: rows.count) { rows[$0] }
  }

  public subscript(index: Int) -> [TableCell] { row(index) }
}
