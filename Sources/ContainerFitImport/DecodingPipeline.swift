import ContainerFitModel
import Dispatch

/// Overlaps reading, decoding and merging: a reader's output is cut into batches; a batch is decoded
/// on another core (`DecodedRecord` needs nothing from the builder) while the reading thread goes
/// on, and merged into the builder, in order, once a few newer batches have been handed over.
/// Decoding is about half of loading a canonical CSV, so this takes it off the reading core.
///
/// Reader diagnostics travel in the same stream as records, so the builder sees everything in file
/// order exactly as if each record were added as it was read.
struct DecodingPipeline {
  enum Item: Sendable {
    case record(RawRecord)
    case diagnostic(Diagnostic)
  }

  /// Records per batch: enough to make handing over cheap, few enough that the batches in flight
  /// hold little memory.
  static let batchSize = 2_048

  /// Batches decoding at once. With two the reader often waited for the older one (a fifth of
  /// a core idle while loading a million rows); four absorb the unevenness of batches.
  static let depth = 4

  private var batch: [Item] = []
  /// Batches handed over and not merged yet, oldest first (at most `depth`).
  private var inFlight: [(group: DispatchGroup, results: DecodedBatch)] = []

  /// Adds what the reader produced; hands the batch over when it is full.
  mutating func append(_ item: Item, into builder: inout EstateBuilder) {
    batch.append(item)
    if batch.count >= Self.batchSize { handOver(into: &builder) }
  }

  /// Decodes and merges everything still pending.
  mutating func finish(into builder: inout EstateBuilder) {
    handOver(into: &builder)
    while !inFlight.isEmpty { mergeOldest(into: &builder) }
  }

  /// Waits for the batch being decoded and drops it (the read failed; the builder is discarded).
  mutating func abandon() {
    for batch in inFlight { batch.group.wait() }
    inFlight = []
    batch = []
  }

  /// Starts decoding the current batch, then merges the one before it (decoded meanwhile), so the
  /// other core always has a batch to work on.
  private mutating func handOver(into builder: inout EstateBuilder) {
    guard !batch.isEmpty else { return }
    // Reversed so the decoding task can pop the items in file order: popping moves each record out
    // of the batch, where iterating copied it (a retain and a release of every string it holds).
    let results = DecodedBatch()
    swap(&results.pending, &batch)
    results.pending.reverse()
    batch.reserveCapacity(Self.batchSize)
    let group = DispatchGroup()
    // At a lower priority than the reading thread: reading is the step everything waits for, and
    // with two decoding tasks and the reader on two cores, the reader lost its core to them.
    DispatchQueue.global(qos: .utility).async(group: group) {
      // Taken out of the box, so the array is the only reference to its records and popping moves
      // them (a captured copy made the first pop copy the whole batch).
      var pending: [Item] = []
      swap(&pending, &results.pending)
      var memo = ServerMemo()
      // Each record is decoded straight into its slot: appending a decoded record copied it whole.
      results.items = [DecodedRecord](unsafeUninitializedCapacity: pending.count) { slots, count in
        while let item = pending.popLast() {
          let slot = slots.baseAddress! + count
          switch consume item {
          case .record(let record): slot.initialize(to: DecodedRecord(record, memo: &memo))
          case .diagnostic(let diagnostic): slot.initialize(to: DecodedRecord(readerDiagnostic: diagnostic))
          }
          count += 1
        }
      }
    }
    inFlight.append((group, results))
    if inFlight.count > Self.depth { mergeOldest(into: &builder) }
  }

  /// Merges the oldest batch in flight once it is decoded.
  private mutating func mergeOldest(into builder: inout EstateBuilder) {
    let (group, results) = inFlight.removeFirst()
    group.wait()
    // In place: the builder takes each record's parts out of the batch instead of copying them. The
    // array is taken out of its box first: reached through the box, each record was copied.
    var records: [DecodedRecord] = []
    swap(&records, &results.items)
    records.withUnsafeMutableBufferPointer { records in
      for index in records.indices { builder.add(&records[index]) }
    }
  }

  /// The decoded batch, written by the decoding task and read after waiting for it.
  private final class DecodedBatch: @unchecked Sendable {
    /// The records to decode, last first (handed to the decoding task).
    var pending: [Item] = []
    var items: [DecodedRecord] = []
  }
}
