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
}
