/// A number the model uses by default, kept with where it comes from, so the report's methodology
/// can name every source and label every assumption. A scenario may override any of them.
public struct Fact<Value: Sendable & Hashable>: Sendable, Hashable {
  public var value: Value
  /// Where the figure comes from (a publication, or "assumption" with the reasoning).
  public var source: String
  /// True when the figure is our assumption rather than a published one: reports say so.
  public var isAssumption: Bool

  public init(_ value: Value, source: String, assumption: Bool = false) {
    self.value = value
    self.source = source
    self.isAssumption = assumption
  }
}
