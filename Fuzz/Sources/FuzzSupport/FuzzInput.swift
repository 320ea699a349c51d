import ContainerFitImport
import ContainerFitModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Hands one fuzz input to a reader the way a client's file reaches it: readers take paths, so the
/// bytes go to one scratch file per process (rewritten for every input), then the records go
/// through the estate builder so the record decoder and value parser are exercised too.
public enum FuzzInput {
  /// The scratch file of this process, one per file extension.
  private static func scratchPath(extension ext: String) -> String {
    let folder = ProcessInfo.processInfo.environment["FUZZ_SCRATCH"] ?? NSTemporaryDirectory()
    return (folder as NSString).appendingPathComponent("containerfit-fuzz-\(getpid()).\(ext)")
  }

  /// Writes the bytes to the scratch file and returns its path.
  public static func write(_ data: UnsafePointer<UInt8>?, _ size: Int, extension ext: String) -> String {
    let path = scratchPath(extension: ext)
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { fatalError("cannot write the scratch file \(path)") }
    var written = 0
    while let data, written < size {
      let count = Glibc.write(fd, data + written, size - written)
      guard count > 0 else { fatalError("cannot write the scratch file \(path)") }
      written += count
    }
    close(fd)
    return path
  }

  /// Reads the bytes with `reader` into an estate. A thrown `ImportError` is a legitimate outcome
  /// (a file that is not an inventory); anything else that escapes is a finding.
  public static func run(
    _ reader: some InventoryReader, _ data: UnsafePointer<UInt8>?, _ size: Int, extension ext: String
  ) {
    let path = write(data, size, extension: ext)
    var builder = EstateBuilder()
    builder.beginInput(path: path, format: type(of: reader).formatName)
    do {
      try reader.read(InputFile(path: path), emit: { builder.add($0) }, diagnose: { builder.add($0) })
    } catch is ImportError {
      return
    } catch {
      fatalError("reader threw something other than ImportError: \(error)")
    }
    builder.endInput(sha256: "")
    let estate = builder.build()
    // Render every message: descriptions must never trap either.
    for diagnostic in estate.rejections + estate.warnings { _ = diagnostic.description }
  }
}
