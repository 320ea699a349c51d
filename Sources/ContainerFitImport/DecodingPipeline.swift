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

  /// Batches decoding at once: enough to absorb the unevenness of batches, so the reader seldom
  /// waits for the oldest one.
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

  /// Starts decoding the current batch, then merges the oldest one in flight once more than `depth`
  /// are, so the other cores always have a batch to work on.
  private mutating func handOver(into builder: inout EstateBuilder) {
    guard !batch.isEmpty else { return }
    let results = DecodedBatch()
    let items = batch
    batch = []
    batch.reserveCapacity(Self.batchSize)
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      var memo = ServerMemo()
      // Decoded last first, so the merge pops each record out in file order (reversing the decoded
      // array afterwards copied every record through its value witness).
      results.records = items.reversed().map { item in
        switch item {
        case .record(let record): DecodedRecord(record, memo: &memo)
        case .diagnostic(let diagnostic): DecodedRecord(readerDiagnostic: diagnostic)
        }
      }
      // The records read go back to the reading thread to be freed there: freed here, their strings'
      // memory would go back to the reading thread's allocator arena under its lock, which the
      // reading thread takes for every string it makes; freed there, it refills that thread's own
      // cache instead (reading at 1M: 4.9-5.2 s before, 3.5-4.6 s after, alternated).
      results.read = items
    }
    inFlight.append((group, results))
    if inFlight.count > Self.depth { mergeOldest(into: &builder) }
  }

  /// Merges the oldest batch in flight once it is decoded.
  private mutating func mergeOldest(into builder: inout EstateBuilder) {
    let (group, results) = inFlight.removeFirst()
    group.wait()
    // Popped, not iterated: popping moves each record into the builder, where iterating would copy
    // it, retaining every string it holds on the reading thread.
    var records: [DecodedRecord] = []
    swap(&records, &results.records)
    while let record = records.popLast() { builder.add(record) }
    results.read = []
  }

  /// The decoded batch, written by the decoding task and read after waiting for it.
  private final class DecodedBatch: @unchecked Sendable {
    var records: [DecodedRecord] = []
    /// The batch as read, released by the merge on the reading thread.
    var read: [Item] = []
  }
}
