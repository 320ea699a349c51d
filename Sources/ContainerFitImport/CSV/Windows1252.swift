/// The Windows-1252 code page ("ANSI" in Western locales): what Excel writes for
/// "CSV (Comma delimited)". Used when a CSV field's bytes are not valid UTF-8.
enum Windows1252 {
  /// Decodes bytes as Windows-1252. Unlike ISO-8859-1, 0x80–0x9F are printable characters
  /// (`€`, `‚`, `“`, `”`, `–`, `—`, `™`, ...); the five bytes the code page leaves undefined
  /// map to the C1 control of the same value, as Windows' own `MultiByteToWideChar` does.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if byte >= 0x80, byte < 0xA0 {
        scalars.append(Unicode.Scalar(upperHalf[Int(byte) - 0x80]) ?? Unicode.Scalar(byte))
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  /// Code points of 0x80–0x9F (unicode.org MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT).
  private static let upperHalf: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]
}
