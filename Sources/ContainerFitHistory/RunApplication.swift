/// One application's result in a recorded run: enough to compare two runs (score, verdict, findings)
/// without the assessment's own types.
public struct RunApplication: Sendable, Codable, Hashable {
  public var appId: String
  public var name: String
  public var serverId: String
  public var score: Double
  /// `ready`, `minor`, `major`, `unsuitable` or `insufficient-data`.
  public var verdict: String
  public var confidence: Double
  /// The isolation mode chosen for the app, when it was placed.
  public var isolation: String?
  /// The target host the app was packed onto, when it was placed.
  public var hostId: String?
  /// The app's findings as a JSON array of `{"id", "points"}` objects (older histories hold the
  /// whole `findings` array of `assessment.json`; both carry the ids).
  public var findingsJSON: String
  /// The migration wave it moves in (`nil`: it does not move, or a run recorded before waves).
  public var wave: Int?

  public init(
    appId: String, name: String, serverId: String, score: Double, verdict: String, confidence: Double,
    isolation: String? = nil, hostId: String? = nil, findingsJSON: String = "[]", wave: Int? = nil
  ) {
    self.wave = wave
    self.appId = appId
    self.name = name
    self.serverId = serverId
    self.score = score
    self.verdict = verdict
    self.confidence = confidence
    self.isolation = isolation
    self.hostId = hostId
    self.findingsJSON = findingsJSON
  }
}
