/// Converts UTF-16 (as written by PowerShell 5.1 `Out-File` and Windows tools) to UTF-8 as chunks
/// arrive. A code unit or a surrogate pair cut by a chunk boundary is carried to the next chunk;
/// an unpaired surrogate becomes U+FFFD, so a damaged file still reads.
struct UTF16Transcoder {
  let isBigEndian: Bool
  private var pendingByte: UInt8?
  private var pendingHighSurrogate: UInt16?

  init(isBigEndian: Bool) {
    self.isBigEndian = isBigEndian
  }

  /// Appends the UTF-8 form of the complete code units in `bytes` to `output`.
  mutating func transcode(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) {
    output.reserveCapacity(output.count + bytes.count * 3 / 2)
    var index = 0
    if let first = pendingByte, !bytes.isEmpty {
      pendingByte = nil
      append(unit(first, bytes[0]), to: &output)
      index = 1
    }
    while index + 1 < bytes.count {
      append(unit(bytes[index], bytes[index + 1]), to: &output)
      index += 2
    }
    if index < bytes.count { pendingByte = bytes[index] }
  }

  /// Flushes what the input ended in the middle of (an odd byte, a lone high surrogate) as U+FFFD.
  mutating func finish(appendingTo output: inout [UInt8]) {
    if pendingHighSurrogate != nil || pendingByte != nil { Self.appendUTF8(0xFFFD, to: &output) }
    pendingHighSurrogate = nil
    pendingByte = nil
  }

  private func unit(_ first: UInt8, _ second: UInt8) -> UInt16 {
    isBigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
  }

  private mutating func append(_ unit: UInt16, to output: inout [UInt8]) {
    if let high = pendingHighSurrogate {
      pendingHighSurrogate = nil
      if (0xDC00...0xDFFF).contains(unit) {
        let scalar = 0x10000 + (UInt32(high - 0xD800) << 10 | UInt32(unit - 0xDC00))
        Self.appendUTF8(scalar, to: &output)
        return
      }
      Self.appendUTF8(0xFFFD, to: &output)
    }
    switch unit {
    case 0..<0x80: output.append(UInt8(unit))
    case 0xD800...0xDBFF: pendingHighSurrogate = unit
    case 0xDC00...0xDFFF: Self.appendUTF8(0xFFFD, to: &output)
    default: Self.appendUTF8(UInt32(unit), to: &output)
    }
  }

  private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | scalar >> 6))
      output.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | scalar >> 12))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    default:
      output.append(UInt8(0xF0 | scalar >> 18))
      output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
