import Dispatch
import Foundation

/// Encodes a long list on all cores and hands the bytes over in list order: the outputs that hold one
/// line per application (assessment.json, applications.csv, the XLSX worksheet) spend most of their
/// time turning values into text, which parallelises, while the file is written by one thread.
///
/// Elements are encoded in chunks of `chunkSize`, a batch of twice the core count at a time, so the
/// memory in flight stays a few chunks whatever the length of the list.
struct ParallelChunks {
  var chunkSize = 2_048

  /// Calls `encode` for the consecutive ranges of `0..<count` (concurrently), then `consume` with what
  /// it made of each range, in order.
  func run<Chunk: Sendable>(
    count: Int, encode: @Sendable (Range<Int>) -> Chunk, consume: (Chunk) throws -> Void
  ) throws {
    let chunks = (count + chunkSize - 1) / chunkSize
    let batch = max(ProcessInfo.processInfo.activeProcessorCount, 1) * 2
    for batchStart in stride(from: 0, to: chunks, by: batch) {
      let inBatch = min(batch, chunks - batchStart)
      let results = ResultSlots<Chunk>(count: inBatch)
      let chunkSize = self.chunkSize
      DispatchQueue.concurrentPerform(iterations: inBatch) { offset in
        let start = (batchStart + offset) * chunkSize
        results[offset] = encode(start..<min(start + chunkSize, count))
      }
      // concurrentPerform returns only when every iteration has filled its slot.
      for chunk in results.values { if let chunk { try consume(chunk) } }
    }
  }
}
