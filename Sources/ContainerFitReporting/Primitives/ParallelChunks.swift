import ContainerFitConcurrency
import Dispatch
import Foundation

/// Encodes a long list on all cores and hands the bytes over in list order: the outputs that hold one
/// line per application (assessment.json, applications.csv, the XLSX worksheet) spend most of their
/// time turning values into text, which parallelises, while the file is written by one thread.
///
/// Elements are encoded in chunks of `chunkSize`, a batch of twice the core count at a time, so the
/// memory in flight stays a few chunks whatever the length of the list. The next batch is encoded
/// while the current one is consumed, so the other cores are not idle while a batch is handed to
/// the file (copied, then waited on by the disk).
struct ParallelChunks {
  var chunkSize = 2_048

  func run<Chunk: Sendable>(
    count: Int, encode: @escaping @Sendable (Range<Int>) -> Chunk, consume: (Chunk) throws -> Void
  ) throws {
    let chunks = (count + chunkSize - 1) / chunkSize
    let batch = max(ProcessInfo.processInfo.activeProcessorCount, 1) * 2
    let chunkSize = self.chunkSize
    /// Starts encoding the batch of chunks from `first` in the background.
    func start(_ first: Int) -> (done: DispatchGroup, results: ResultSlots<Chunk>) {
      let inBatch = min(batch, chunks - first)
      let results = ResultSlots<Chunk>(count: inBatch)
      let done = DispatchGroup()
      DispatchQueue.global().async(group: done) {
        DispatchQueue.concurrentPerform(iterations: inBatch) { offset in
          let start = (first + offset) * chunkSize
          results[offset] = encode(start..<min(start + chunkSize, count))
        }
      }
      return (done, results)
    }
    var next = chunks > 0 ? start(0) : nil
    var first = 0
    while let current = next {
      current.done.wait()
      first += batch
      next = first < chunks ? start(first) : nil
      do {
        for chunk in current.results.values { if let chunk { try consume(chunk) } }
      } catch {
        next?.done.wait()
        throw error
      }
    }
  }
}
