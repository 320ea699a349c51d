/// An application the plan could not place, and why (never silently dropped).
public struct PlanningException: Sendable, Hashable, Codable {
  /// Why an application could not be placed.
  public enum Reason: String, Sendable, Hashable, Codable {
    /// One instance needs more than a whole host's usable capacity.
    case tooLargeForHost = "too-large-for-host"
    /// No allowed host build can run the container image.
    case noCompatibleHostBuild = "no-compatible-host-build"
  }

  public var appId: String
  public var reason: Reason
  public var message: String

  public init(appId: String, reason: Reason, message: String) {
    self.appId = appId
    self.reason = reason
    self.message = message
  }
}
