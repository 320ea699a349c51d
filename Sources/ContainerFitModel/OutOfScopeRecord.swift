/// A record an export holds that is not a Windows workload to assess: a VM template, a powered-off
/// VM, a Linux guest. It is counted and listed (never silently dropped) and never assessed.
public struct OutOfScopeRecord: Hashable, Codable, Sendable {
  /// Where the record was read.
  public var location: SourceLocation
  /// The machine's name as the export gives it.
  public var name: String
  /// Why it is out of scope, as a phrase (`VM template`, `powered off`, `non-Windows guest (...)`).
  public var reason: String

  public init(location: SourceLocation, name: String, reason: String) {
    self.location = location
    self.name = name
    self.reason = reason
  }
}
