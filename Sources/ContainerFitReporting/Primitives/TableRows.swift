/// The rows of a table by index, computed on demand: a million rows are never all built, and the
/// writers can encode separate ranges of them on separate cores.
public struct TableRows: Sendable {
  public let count: Int
  private let source: any TableRowSource

  /// Rows made by `row(index)` for `index` in `0..<count`; `row` must be pure (it runs concurrently).
  public init(count: Int, row: @escaping @Sendable (Int) -> [TableCell]) {
    self.init(RowsOfCells(count: count, row: row))
  }

  /// Rows already built (small tables, tests).
  public init(_ rows: [[TableCell]]) {
    self.init(count: rows.count) { rows[$0] }
  }

  /// Rows that hand their cells straight to the writers' encoders.
  init(_ source: some TableRowSource) {
    self.count = source.count
    self.source = source
  }

  public subscript(index: Int) -> [TableCell] {
    var cells = CellCollector()
    source.encodeRow(index, into: &cells)
    return cells.cells
  }

  /// Hands the cells of row `index` to `sink`, in column order.
  func encodeRow<Sink: TableCellSink & ~Copyable>(_ index: Int, into sink: inout Sink) {
    source.encodeRow(index, into: &sink)
  }
}

/// A table whose rows can be encoded one at a time, by index; `encodeRow` must be pure (it runs on
/// several cores at once).
protocol TableRowSource: Sendable {
  var count: Int { get }
  func encodeRow<Sink: TableCellSink & ~Copyable>(_ index: Int, into sink: inout Sink)
}

/// Receives the cells of one row in column order: the CSV and workbook writers encode each one
/// straight into their bytes.
///
/// A source that calls it with the strings of its own values hands them over borrowed: a
/// `[TableCell]` per row would retain and release every string of every row, in the CSV and the
/// workbook writers at the same time, with those counts bouncing between the cores.
protocol TableCellSink: ~Copyable {
  mutating func text(_ text: String)
  /// Text given as valid UTF-8, for a cell composed in a scratch buffer rather than as a string.
  mutating func text(utf8: UnsafeBufferPointer<UInt8>)
  /// NaN and infinities are written as empty cells.
  mutating func number(_ value: Double)
  mutating func integer(_ value: Int)
  mutating func empty()
}

extension TableCellSink where Self: ~Copyable {
  mutating func cell(_ cell: TableCell) {
    switch cell {
    case .text(let text): self.text(text)
    case .number(let value): number(value)
    case .integer(let value): integer(value)
    case .empty: empty()
    }
  }

  mutating func text(_ text: String?) {
    if let text { self.text(text) } else { empty() }
  }

  mutating func number(_ value: Double?) {
    if let value { number(value) } else { empty() }
  }
}

/// Rows given as arrays of cells.
private struct RowsOfCells: TableRowSource {
  let count: Int
  let row: @Sendable (Int) -> [TableCell]

  func encodeRow<Sink: TableCellSink & ~Copyable>(_ index: Int, into sink: inout Sink) {
    for cell in row(index) { sink.cell(cell) }
  }
}

/// The cells of a row, as values.
private struct CellCollector: TableCellSink {
  var cells: [TableCell] = []

  mutating func text(_ text: String) { cells.append(.text(text)) }
  mutating func text(utf8: UnsafeBufferPointer<UInt8>) { cells.append(.text(String(decoding: utf8, as: UTF8.self))) }
  mutating func number(_ value: Double) { cells.append(.number(value)) }
  mutating func integer(_ value: Int) { cells.append(.integer(value)) }
  mutating func empty() { cells.append(.empty) }
}
