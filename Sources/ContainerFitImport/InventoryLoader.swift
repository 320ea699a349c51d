import ContainerFitModel
internal import Crypto
import Dispatch
import Foundation

/// Reads every input (files, and folders of files in path order), detects each file's format from
/// its content, streams its records into an `EstateBuilder` and returns the joined estate.
public struct InventoryLoader: Sendable {
  /// The column mapping for CSV files in no known shape (`--mapping FILE`), if any.
  public var mapping: ColumnMapping?

  /// A loader; with a mapping, CSV files whose header has its identifying columns are read through it.
  public init(mapping: ColumnMapping? = nil) {
    self.mapping = mapping
  }

  /// One file to read: the path shown in messages and the path to open.
  public struct InputEntry: Sendable, Hashable {
    public var displayPath: String
    public var path: String
  }

  /// Loads and joins all inputs. Throws only when a file cannot be read at all.
  public func load(_ inputs: [String]) throws -> Estate {
    var builder = EstateBuilder()
    for entry in try expand(inputs) {
      try read(entry, into: &builder)
    }
    // Handed over, not copied: a copy would share the builder's tables, and building would then
    // copy its million records before taking them apart.
    return (consume builder).build()
  }

  /// Reads one file into the builder.
  public func read(_ entry: InputEntry, into builder: inout EstateBuilder) throws {
    let format = try detectFormat(of: entry)
    let reader = format.reader(mapping: mapping)
    // Hash on another core while the reader streams the same file.
    let hasher = FileHasher(path: entry.path)
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) { hasher.run() }
    let input = InputFile(path: entry.displayPath, url: entry.path)
    builder.beginInput(path: entry.displayPath, format: type(of: reader).formatName)
    // Records stream through in batches: the file is never held in memory, and each batch is
    // decoded on another core while this one reads the next and merges the one before.
    var pipeline = DecodingPipeline()
    do {
      try reader.read(
        input,
        emit: { pipeline.append(.record($0), into: &builder) },
        diagnose: { pipeline.append(.diagnostic($0), into: &builder) })
      pipeline.finish(into: &builder)
    } catch {
      pipeline.abandon()
      group.wait()
      throw error
    }
    group.wait()
    builder.endInput(sha256: hasher.digest)
  }

  /// The files behind the inputs: a file as given; a folder's inventory files (recursively, by
  /// extension, hidden files skipped), sorted by path. Symbolic-link loops are not followed twice.
  public func expand(_ inputs: [String]) throws -> [InputEntry] {
    var entries: [InputEntry] = []
    let fileManager = FileManager.default
    for input in inputs {
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: input, isDirectory: &isDirectory) else {
        throw ImportError.notFound(path: input)
      }
      if !isDirectory.boolValue {
        try requireRegularFile(input, display: input)
        entries.append(InputEntry(displayPath: input, path: input))
        continue
      }
      var visited: Set<String> = []
      var found: [InputEntry] = []
      try collect(folder: input, display: input, visited: &visited, into: &found)
      entries.append(contentsOf: found.sorted { $0.displayPath < $1.displayPath })
    }
    return entries
  }

  private func collect(folder: String, display: String, visited: inout Set<String>, into found: inout [InputEntry])
    throws
  {
    let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted else { return }
    let fileManager = FileManager.default
    let names: [String]
    do {
      names = try fileManager.contentsOfDirectory(atPath: folder)
    } catch {
      throw ImportError.unreadable(path: display, reason: "the folder cannot be listed")
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = (folder as NSString).appendingPathComponent(name)
      let shown = (display as NSString).appendingPathComponent(name)
      let isInventory = InputFormat.folderExtensions.contains((name as NSString).pathExtension.lowercased())
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        // Only a symbolic link can be listed yet not exist: it points nowhere, or at itself.
        throw ImportError.unreadable(path: shown, reason: "a symbolic link that points nowhere or loops")
      }
      if isDirectory.boolValue {
        try collect(folder: path, display: shown, visited: &visited, into: &found)
      } else if isInventory {
        try requireRegularFile(path, display: shown)
        found.append(InputEntry(displayPath: shown, path: path))
      }
    }
  }

  /// A pipe, socket or device named like an inventory would block or never end: refuse it up front.
  private func requireRegularFile(_ path: String, display: String) throws {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw ImportError.unreadable(path: display, reason: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw ImportError.unreadable(path: display, reason: "not a regular file (a pipe, socket or device)")
    }
    guard access(path, R_OK) == 0 else {
      throw ImportError.unreadable(path: display, reason: "permission denied")
    }
  }

  private func detectFormat(of entry: InputEntry) throws -> InputFormat {
    guard let handle = FileHandle(forReadingAtPath: entry.path) else {
      throw ImportError.unreadable(path: entry.displayPath, reason: "permission denied or not a regular file")
    }
    defer { try? handle.close() }
    let prefix: Data
    do {
      prefix = try handle.read(upToCount: 64 * 1024) ?? Data()
    } catch {
      throw ImportError.unreadable(path: entry.displayPath, reason: error.localizedDescription)
    }
    guard !prefix.isEmpty else {
      throw ImportError.notAnInventory(path: entry.displayPath, reason: "the file is empty")
    }
    let ext = (entry.path as NSString).pathExtension
    guard let format = InputFormat.detect(prefix: [UInt8](prefix), fileExtension: ext, mapping: mapping) else {
      throw ImportError.notAnInventory(path: entry.displayPath, reason: "the file holds only whitespace")
    }
    return format
  }
}

/// Hashes a file in chunks; run on a background queue, read after the group is waited on.
private final class FileHasher: @unchecked Sendable {
  let path: String
  private(set) var digest = ""

  init(path: String) { self.path = path }

  func run() {
    var sha = SHA256()
    guard let handle = FileHandle(forReadingAtPath: path) else { return }
    defer { try? handle.close() }
    while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      sha.update(data: chunk)
    }
    digest = sha.finalize().map { String(format: "%02x", $0) }.joined()
  }
}
