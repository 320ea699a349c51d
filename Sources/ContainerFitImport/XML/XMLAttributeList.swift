#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The attributes of a start tag as libxml2's SAX2 parser passes them, read in place: names are
/// resolved through the reading's name table and values stay bytes (already normalised and with
/// references replaced by the parser) until a handler makes text of the ones it keeps.
///
/// One exception to "replaced": without `XML_PARSE_NOENT` (which stays off) libxml2 writes an
/// ampersand, whether given as `&amp;` or `&#38;`, back as `&#38;` for a tree builder to re-read;
/// that is undone here, in the rare values holding one.
struct XMLAttributeList {
  /// Five pointers per attribute: local name, prefix, namespace URI, value start, value end.
  private let pointers: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
  private let names: XMLNameTable
  /// Attributes written in the tag (defaults from a document type are left out).
  let count: Int

  init(pointers: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int, names: XMLNameTable) {
    self.pointers = pointers
    self.count = pointers == nil ? 0 : count
    self.names = names
  }

  /// Calls `body` with each attribute's name and value bytes, in document order.
  func forEach(_ body: (XMLName, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
    guard let pointers else { return }
    for index in 0..<count {
      let base = pointers + 5 * index
      guard let name = base[0], let start = base[3], let end = base[4] else { continue }
      let value = UnsafeBufferPointer(start: start, count: end - start)
      if memchr(start, Int32(UInt8(ascii: "&")), value.count) == nil {
        try body(names.name(name), value)
      } else {
        try Self.withAmpersands(value) { try body(names.name(name), $0) }
      }
    }
  }

  /// The value with every `&#38;` turned back into `&`.
  private static func withAmpersands<Result>(
    _ value: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    let escape = Array("&#38;".utf8)
    var decoded: [UInt8] = []
    decoded.reserveCapacity(value.count)
    var index = 0
    while index < value.count {
      if value[index] == UInt8(ascii: "&"), value.count - index >= escape.count,
        escape.indices.allSatisfy({ value[index + $0] == escape[$0] })
      {
        decoded.append(UInt8(ascii: "&"))
        index += escape.count
      } else {
        decoded.append(value[index])
        index += 1
      }
    }
    return try decoded.withUnsafeBufferPointer(body)
  }
}
