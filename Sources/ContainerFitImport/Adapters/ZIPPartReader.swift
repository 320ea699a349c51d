import Foundation
import ZIPFoundation

/// Extracts one part of a zip archive with the bounds ZIPFoundation's own extraction lacks on Linux:
/// its inflate loop never ends on a deflate stream that is still open when the file ends
/// (weichsel/ZIPFoundation#389), it lets zlib read a whole buffer's length of a shorter last chunk,
/// and it hands out as many bytes as the stream holds whatever size the entry declares. Here a part
/// is inflated from its own compressed bytes only (located through the central directory and its
/// local header), in one chunk of exactly their length; its output stops at its declared size and
/// its CRC is checked. ZIPFoundation still opens the archive, finds the entry and drives zlib.
struct ZIPPartReader {
  /// Why a part cannot be extracted; `reason(part:)` is the end of the one-line message.
  enum Failure: Error, Equatable {
    case notLocated, truncated, larger, checksum, invalidData
    case unsupportedMethod(Int)

    func reason(part: String) -> String {
      switch self {
      case .notLocated: return "its part \(part) is not where the archive's directory says (a damaged file?)."
      case .truncated: return "its part \(part) is cut short (a damaged or incomplete copy?)."
      case .larger: return "its part \(part) holds more than its declared size (a damaged file or a zip bomb)."
      case .checksum: return "its part \(part) is damaged (its checksum does not match)."
      case .invalidData: return "its part \(part) is damaged (invalid compressed data)."
      case .unsupportedMethod(let method): return "its part \(part) uses compression method \(method), not read."
      }
    }
  }

  private let file: Data

  /// Maps the archive's file; reading fails as opening it with ZIPFoundation would.
  init(url: URL) throws {
    file = try Data(contentsOf: url, options: .alwaysMapped)
  }

  /// The bytes of the part at `path`, which ZIPFoundation found as `entry`.
  func extract(_ path: String, entry: Entry) throws -> [UInt8] {
    guard let local = localHeaderOffset(of: Array(path.utf8)), read(local, 4) == 0x0403_4B50,
      let method = read(local + 8, 2), let nameLength = read(local + 26, 2), let extraLength = read(local + 28, 2)
    else { throw Failure.notLocated }
    let start = local + 30 + nameLength + extraLength
    guard entry.compressedSize <= UInt64(file.count), start + Int(entry.compressedSize) <= file.count else {
      throw Failure.truncated
    }
    let end = start + Int(entry.compressedSize)
    let limit = entry.uncompressedSize
    var output: [UInt8] = []
    switch method {
    case 0:
      guard UInt64(end - start) == limit else { throw Failure.truncated }
      output = [UInt8](file[start..<end])
    case 8:
      // ZIPFoundation's Linux inflate tells zlib every chunk is `bufferSize` long, whatever the provider
      // returned: so the whole entry is one chunk of exactly that size, and zlib never reads past it.
      guard end - start < Int(Int32.max) else { throw Failure.invalidData }
      do {
        _ = try Data.decompress(
          size: Int64(end - start), bufferSize: end - start, skipCRC32: true,
          provider: { position, _ in
            // Asked again: the stream is still open where the entry's bytes end. Cut short, never read on.
            guard position == 0, start < end else { throw Failure.truncated }
            return file.subdata(in: start..<end)
          },
          consumer: { chunk in
            guard UInt64(output.count + chunk.count) <= limit else { throw Failure.larger }
            output.append(contentsOf: chunk)
          })
      } catch let failure as Failure {
        throw failure
      } catch {
        throw Failure.invalidData
      }
      guard UInt64(output.count) == limit else { throw Failure.truncated }
    default:
      throw Failure.unsupportedMethod(method)
    }
    guard Data(output).crc32(checksum: 0) == entry.checksum else { throw Failure.checksum }
    return output
  }

  /// The offset of the local header of the first central-directory record named `name`.
  private func localHeaderOffset(of name: [UInt8]) -> Int? {
    guard let (entries, directory) = centralDirectory() else { return nil }
    var offset = directory
    for _ in 0..<entries {
      guard read(offset, 4) == 0x0201_4B50, let nameLength = read(offset + 28, 2),
        let extraLength = read(offset + 30, 2), let commentLength = read(offset + 32, 2),
        let local = read(offset + 42, 4), offset + 46 + nameLength + extraLength <= file.count
      else { return nil }
      let nameStart = offset + 46
      if file[nameStart..<nameStart + nameLength].elementsEqual(name) {
        guard local == 0xFFFF_FFFF else { return local }
        return zip64LocalOffset(record: offset, extra: nameStart + nameLength, extraLength: extraLength)
      }
      offset = nameStart + nameLength + extraLength + commentLength
    }
    return nil
  }

  /// The number of records and the offset of the central directory, from the end record (ZIP64's
  /// when the classic one is saturated).
  private func centralDirectory() -> (entries: Int, offset: Int)? {
    let lowest = max(0, file.count - 22 - 0xFFFF)
    guard file.count >= 22,
      let end = stride(from: file.count - 22, through: lowest, by: -1).first(where: { read($0, 4) == 0x0605_4B50 }),
      let entries = read(end + 10, 2), let offset = read(end + 16, 4)
    else { return nil }
    guard entries == 0xFFFF || offset == 0xFFFF_FFFF else { return (entries, offset) }
    guard end >= 20, read(end - 20, 4) == 0x0706_4B50, let record = read(end - 12, 8), read(record, 4) == 0x0606_4B50,
      let entries64 = read(record + 32, 8), let offset64 = read(record + 48, 8)
    else { return nil }
    return (entries64, offset64)
  }

  /// The local header offset in a record's ZIP64 extra field: after the 8-byte sizes the record
  /// saturated (uncompressed, then compressed).
  private func zip64LocalOffset(record: Int, extra: Int, extraLength: Int) -> Int? {
    var skip = 0
    if read(record + 24, 4) == 0xFFFF_FFFF { skip += 8 }
    if read(record + 20, 4) == 0xFFFF_FFFF { skip += 8 }
    var field = extra
    while field + 4 <= extra + extraLength, let id = read(field, 2), let size = read(field + 2, 2) {
      if id == 1 { return size >= skip + 8 ? read(field + 4 + skip, 8) : nil }
      field += 4 + size
    }
    return nil
  }

  /// A little-endian number of `width` bytes at `offset`, `nil` outside the file or beyond `Int`.
  private func read(_ offset: Int, _ width: Int) -> Int? {
    guard offset >= 0, offset <= file.count - width else { return nil }
    var value: UInt64 = 0
    for index in (0..<width).reversed() { value = value << 8 | UInt64(file[offset + index]) }
    return value <= UInt64(Int.max) ? Int(value) : nil
  }
}
