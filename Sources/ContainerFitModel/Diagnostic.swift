/// A problem found in the inputs. Diagnostics are values collected while reading goes on;
/// only a problem that stops the run is thrown.
public struct Diagnostic: Hashable, Codable, Sendable, CustomStringConvertible {
  public enum Severity: String, Codable, Sendable, Hashable {
    /// The record was kept; a value was ignored or something looks suspicious.
    case warning
    /// The record could not be used and is listed as rejected.
    case rejection
  }

  public var severity: Severity
  public var location: SourceLocation
  /// The canonical field concerned, when there is one.
  public var field: String?
  public var message: String

  public init(_ severity: Severity, at location: SourceLocation, field: String? = nil, _ message: String) {
    self.severity = severity
    self.location = location
    self.field = field
    self.message = message
  }

  /// `file:line:column: warning: message`.
  public var description: String {
    let label = severity == .warning ? "warning" : "rejected"
    return "\(location): \(label): \(message)"
  }
}
