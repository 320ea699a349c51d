import ContainerFitModel

/// The finding lists a worker has handed out, so that applications with equal findings share one
/// array instead of each carrying its own: most applications of an estate repeat another's findings
/// exactly (the same rules fire on the same values), and a million arrays of five findings are
/// about half a gigabyte. One per worker: no locks.
struct FindingLists {
  /// The last list handed out per fingerprint.
  private var lists: [UInt64: [Finding]] = [:]

  /// A list equal to `findings`: the one handed out before, or an exact-size copy of `findings`
  /// (whose capacity may be a reused buffer's), kept for the applications after.
  mutating func shared(_ findings: [Finding]) -> [Finding] {
    guard !findings.isEmpty else { return [] }
    let key = Self.fingerprint(findings)
    if let known = lists[key], known == findings { return known }
    let copy = findings.exactCopy()
    // Bounded like the placement cache, for estates where nearly every list differs.
    if lists.count >= PlacementCache.capacity { lists.removeAll(keepingCapacity: true) }
    lists[key] = copy
    return copy
  }

  /// Tells lists apart without the standard hasher, which took longer than sharing saved: each
  /// finding's id, points and effort, its evidence read eight bytes at a time, and the length and
  /// last eight bytes of its remediation (whose variants differ in length); a text not stored as
  /// UTF-8 adds nothing. Lists with the same fingerprint are compared in full, and only an equal
  /// one is shared, so a fingerprint two lists have in common costs sharing, never a wrong list.
  static func fingerprint(_ findings: [Finding]) -> UInt64 {
    var fingerprint = FoldedHash()
    // Read in place: a copy of each finding retained and released its four texts.
    findings.withUnsafeBufferPointer { findings in
      for index in findings.indices {
        let id = UInt64(UInt32(bitPattern: findings[index].idNumber))
        fingerprint.fold(id << 1 | (findings[index].isBlocker ? 1 : 0))
        fingerprint.fold(findings[index].points.bitPattern)
        fingerprint.fold(findings[index].effortDays.bitPattern)
        _ = findings[index].evidence.utf8.withContiguousStorageIfAvailable { fingerprint.fold($0, from: 0) }
        _ = findings[index].remediation.utf8.withContiguousStorageIfAvailable {
          fingerprint.fold($0, from: max(0, $0.count - 8))
        }
      }
    }
    return fingerprint.value
  }
}

extension FoldedHash {
  /// The bytes of `bytes` from `start` on, eight at a time, the last word padded with the count. A
  /// method of the struct, not a closure over a variable: that closure's every use was checked for
  /// exclusive access at run time, several times the folding.
  fileprivate mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
    let raw = UnsafeRawBufferPointer(bytes)
    var offset = start
    while offset + 8 <= bytes.count {
      fold(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    var last = UInt64(bytes.count)
    while offset < bytes.count {
      last = last << 8 | UInt64(bytes[offset])
      offset += 1
    }
    fold(last)
  }
}
