import Foundation

/// Writes a zip archive of deflated entries, streamed: an entry may arrive as pieces compressed
/// elsewhere (on other cores), and nothing but the piece at hand is held in memory.
///
/// Only what a workbook needs: deflate, no zip64 (an entry or the archive past 4 GiB is refused: a
/// worksheet of Excel's 1,048,576 rows stays far below), no encryption. Every entry carries the same
/// modification time, so the same content gives the same bytes.
final class ZIPArchiveWriter {
  private struct CentralEntry {
    var name: [UInt8]
    var crc: UInt32
    var compressedCount: Int
    var uncompressedCount: Int
    var offset: Int
  }

  private let output: BufferedFileOutput
  private let dosTime: UInt16
  private let dosDate: UInt16
  private var entries: [CentralEntry] = []

  /// Creates the archive file at `path` (which must not exist); `modificationDate` is read as UTC.
  init(creatingAt path: String, modificationDate: Date) throws {
    output = try BufferedFileOutput(creatingAt: path, exclusive: true)
    (dosDate, dosTime) = Self.dosDateTime(modificationDate)
  }

  /// Adds an entry whose whole content is at hand.
  func addEntry(_ name: String, bytes: [UInt8]) throws {
    try addEntry(name) { emit in try emit(DeflatedBlock(bytes, isLast: true)) }
  }

  /// Adds an entry made of the pieces `produce` emits, in order; the last must end the stream.
  func addEntry(_ name: String, producingWith produce: ((DeflatedBlock) throws -> Void) throws -> Void) throws {
    var entry = CentralEntry(
      name: Array(name.utf8), crc: 0, compressedCount: 0, uncompressedCount: 0, offset: output.offset)
    try output.write(localHeader(entry))
    try produce { block in
      entry.crc = DeflatedBlock.combine(entry.crc, block.crc, secondCount: block.uncompressedCount)
      entry.compressedCount += block.compressed.count
      entry.uncompressedCount += block.uncompressedCount
      try output.write(block.compressed)
    }
    guard entry.compressedCount <= Self.limit, entry.uncompressedCount <= Self.limit, output.offset <= Self.limit
    else {
      throw ReportOutputError.cannotWrite(path: output.path, reason: "the workbook would pass 4 GiB, the zip limit")
    }
    // Sizes and checksum are known only now: write the finished header over the first one.
    try output.overwrite(localHeader(entry), at: entry.offset)
    entries.append(entry)
  }

  /// Writes the central directory and closes the file.
  func finish() throws {
    let directoryOffset = output.offset
    var directory: [UInt8] = []
    for entry in entries {
      directory.append(le32: 0x0201_4B50)
      directory.append(le16: 20)  // made by: MS-DOS attributes, zip 2.0
      directory.append(contentsOf: common(entry))
      directory.append(le16: 0)  // comment length
      directory.append(le16: 0)  // disk number
      directory.append(le16: 0)  // internal attributes
      directory.append(le32: 0)  // external attributes
      directory.append(le32: UInt32(entry.offset))
      directory.append(contentsOf: entry.name)
    }
    try output.write(directory)
    guard output.offset <= Self.limit else {
      throw ReportOutputError.cannotWrite(path: output.path, reason: "the workbook would pass 4 GiB, the zip limit")
    }
    var end: [UInt8] = []
    end.append(le32: 0x0605_4B50)
    end.append(le16: 0)
    end.append(le16: 0)
    end.append(le16: UInt16(entries.count))
    end.append(le16: UInt16(entries.count))
    end.append(le32: UInt32(directory.count))
    end.append(le32: UInt32(directoryOffset))
    end.append(le16: 0)
    try output.write(end)
    try output.finish(synchronize: false)
  }

  private static let limit = Int(UInt32.max)

  private func localHeader(_ entry: CentralEntry) -> [UInt8] {
    var header: [UInt8] = []
    header.append(le32: 0x0403_4B50)
    header.append(contentsOf: common(entry))
    header.append(contentsOf: entry.name)
    return header
  }

  /// The fields local headers and central directory entries share, from "version needed" to the
  /// extra field's length.
  private func common(_ entry: CentralEntry) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.append(le16: 20)  // version needed: deflate
    bytes.append(le16: 0)  // flags: sizes in the header, no data descriptor
    bytes.append(le16: 8)  // deflate
    bytes.append(le16: dosTime)
    bytes.append(le16: dosDate)
    bytes.append(le32: entry.crc)
    bytes.append(le32: UInt32(clamping: entry.compressedCount))
    bytes.append(le32: UInt32(clamping: entry.uncompressedCount))
    bytes.append(le16: UInt16(entry.name.count))
    bytes.append(le16: 0)  // extra field length
    return bytes
  }

  /// MS-DOS date and time (two-second resolution, from 1980), in UTC.
  private static func dosDateTime(_ date: Date) -> (date: UInt16, time: UInt16) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let year = min(max((parts.year ?? 1980) - 1980, 0), 127)
    let day = UInt16(year << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
    let time = UInt16((parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
    return (day, time)
  }
}

extension [UInt8] {
  fileprivate mutating func append(le16 value: UInt16) {
    append(UInt8(truncatingIfNeeded: value))
    append(UInt8(truncatingIfNeeded: value >> 8))
  }

  fileprivate mutating func append(le32 value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }
}
