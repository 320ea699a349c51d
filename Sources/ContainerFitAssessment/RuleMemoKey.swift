import ContainerFitModel

/// The inputs a rule's findings depend on, for a rule whose findings are a pure function of a few
/// inputs (besides what is fixed for the whole run: scenario, weights, efforts, judging date). The
/// assessor evaluates such a rule once per distinct key on each worker and gives later applications
/// with the same key the same findings, so their evidence and remediation texts are built once.
public struct RuleMemoKey: Hashable, Sendable {
  /// A text input (a runtime as written), if any.
  public var text: String?
  /// Up to four numeric inputs (builds, flags, a set of dependencies as bits); unused ones stay 0.
  public var numbers: SIMD4<Int>

  public init(text: String? = nil, _ first: Int = 0, _ second: Int = 0, _ third: Int = 0, _ fourth: Int = 0) {
    self.text = text
    self.numbers = SIMD4(first, second, third, fourth)
  }

  /// The inputs folded into one word (`FoldedHash`), the text by its length and its first and last
  /// eight bytes: a worker looks a key up for every memoised rule of every application.
  public func hash(into hasher: inout Hasher) {
    var folded = FoldedHash()
    for lane in 0..<4 { folded.fold(UInt64(bitPattern: Int64(numbers[lane]))) }
    if let text {
      folded.fold(UInt64(text.utf8.count) | 1 << 63)
      text.withUTF8Bytes { bytes in
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        if bytes.count >= 8 {
          folded.fold(raw.loadUnaligned(as: UInt64.self))
          folded.fold(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        } else {
          for byte in bytes { folded.fold(UInt64(byte)) }
        }
      }
    }
    hasher.combine(folded.value)
  }
}
