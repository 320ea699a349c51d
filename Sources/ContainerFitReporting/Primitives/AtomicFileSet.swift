import ContainerFitConcurrency
import Dispatch
import Foundation

/// Replaces a whole set of report files (HTML, Markdown, CSV, XLSX) as close to all-or-nothing as POSIX
/// allows.
///
/// Every file is first written in full to a temporary file in the output folder and synced (`add`);
/// nothing visible changes during this phase, which holds almost all of the work. `commit()` then
/// renames each temporary file over its target, one `rename(2)` per file, and syncs the folder.
///
/// The guarantee, honestly: each file is always either entirely old or entirely new. A run killed
/// before `commit()` leaves all the old files (plus hidden `.*.tmp` files, removed by `abandon()` or on
/// deinit if the process survives). A run killed *during* `commit()` — a window of a few
/// microseconds of renames, no writing — can leave some files new and the rest old, because POSIX has
/// no atomic rename of several files. Each report carries its run id, so a mixed set can be detected.
public final class AtomicFileSet {
  /// The folder the files are written into.
  public let folder: OutputFolder
  private var staged: [(target: String, temporary: String)] = []

  /// Starts an empty set of files for `folder`.
  public init(folder: OutputFolder) {
    self.folder = folder
  }

  deinit {
    abandon()
  }

  /// Stages `data` as the next content of the file `name` in the folder.
  public func add(_ data: Data, named name: String) throws {
    try add(named: name) { temporary in try Self.write(data, to: temporary) }
  }

  /// Writes `data` as the new file at `temporary`.
  static func write(_ data: Data, to temporary: String) throws {
    let output = try BufferedFileOutput(creatingAt: temporary, exclusive: true)
    try output.write([UInt8](data))
    try output.finish(synchronize: false)
  }

  /// Stages the file `name` by letting `produce` write it to a fresh temporary path (streamed outputs).
  /// Adding the same name twice keeps the later content.
  public func add(named name: String, producingWith produce: (_ temporaryPath: String) throws -> Void) throws {
    let target = try folder.filePath(for: name)
    keep(try AtomicFileWriter.stage(for: target, producingWith: produce), as: target)
  }

  /// Records `temporary` as the next content of `target`, replacing any staged before it.
  private func keep(_ temporary: String, as target: String) {
    if let index = staged.firstIndex(where: { $0.target == target }) {
      unlink(staged[index].temporary)
      staged.remove(at: index)
    }
    staged.append((target, temporary))
  }

  /// A file for `add(concurrently:)`: its name and what writes it.
  public struct ConcurrentFile: Sendable {
    public var name: String
    public var produce: @Sendable (_ temporaryPath: String) throws -> Void

    public init(name: String, produce: @escaping @Sendable (_ temporaryPath: String) throws -> Void) {
      self.name = name
      self.produce = produce
    }
  }

  /// Stages several files at once, each produced on its own thread: a run's reports are independent,
  /// and one writer alone leaves a core idle whenever it writes to disk or waits for its next chunk.
  /// Staged in the order given. When any producer fails, none of them is staged (the temporary files
  /// go) and the first failure in that order is thrown.
  public func add(concurrently files: [ConcurrentFile]) throws {
    let targets = try files.map { try folder.filePath(for: $0.name) }
    let results = ResultSlots<Result<String, any Error>>(count: files.count)
    // A thread per file, not `concurrentPerform`: a writer spreads its own chunks over the cores
    // with `concurrentPerform`, which runs serially when nested in another, so the last writer
    // left would have had one core.
    let done = DispatchGroup()
    for index in files.indices {
      done.enter()
      let thread = Thread {
        results[index] = Result { try AtomicFileWriter.stage(for: targets[index], producingWith: files[index].produce) }
        done.leave()
      }
      thread.start()
    }
    done.wait()
    let outcomes = results.values.map { $0 ?? .failure(ReportOutputError.cannotWrite(path: "?", reason: "not run")) }
    if let failure = outcomes.first(where: { if case .failure = $0 { true } else { false } }),
      case .failure(let error) = failure
    {
      for case .success(let temporary) in outcomes { unlink(temporary) }
      throw error
    }
    for (target, outcome) in zip(targets, outcomes) {
      guard case .success(let temporary) = outcome else { continue }
      keep(temporary, as: target)
    }
  }

  /// The names staged so far, in the order they were added.
  public var stagedNames: [String] {
    staged.map { URL(fileURLWithPath: $0.target).lastPathComponent }
  }

  /// Renames every staged file into place and returns their final paths. If a rename fails, the
  /// remaining temporary files are removed and the error is thrown; files already renamed stay new.
  @discardableResult
  public func commit() throws -> [String] {
    let files = staged
    staged = []
    var committed: [String] = []
    for (offset, file) in files.enumerated() {
      do {
        try AtomicFileWriter.replace(file.target, with: file.temporary)
        committed.append(file.target)
      } catch {
        for rest in files[offset...] { unlink(rest.temporary) }
        throw error
      }
    }
    AtomicFileWriter.synchronizeFolder(of: folder.path + "/.")
    return committed
  }

  /// Drops every staged file, leaving the folder as it was.
  public func abandon() {
    for file in staged { unlink(file.temporary) }
    staged = []
  }
}
