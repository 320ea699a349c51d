/// A field the inputs did not give (or gave in a form that could not be used) for an application
/// or its server. Gaps lower the assessment's confidence and tell the consultant what to collect.
public struct DataGap: Hashable, Codable, Sendable, Comparable {
  public var appId: String
  /// The canonical field name, e.g. `gui` or `server.cores`.
  public var field: String

  public init(appId: String, field: String) {
    self.appId = appId
    self.field = field
  }

  public static func < (lhs: DataGap, rhs: DataGap) -> Bool {
    (lhs.appId, lhs.field) < (rhs.appId, rhs.field)
  }
}
