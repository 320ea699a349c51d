extension String {
  /// Calls `body` with the string's UTF-8 bytes, read in place (a native string always is). Unlike
  /// `withUTF8`, which is `mutating`, it needs no copy of the string: a copy retained it, and the
  /// long texts of findings are shared by every application and every writer thread.
  @inlinable
  public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return try copy.withUTF8(body)
  }
}
