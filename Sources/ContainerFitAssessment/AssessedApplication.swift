import ContainerFitModel

/// The assessment of one application: score, verdict, confidence, findings and the placement
/// decisions with their reasons. Encodes the `applications[]` keys of `assessment.json`; the source
/// `Application` is kept beside it for planning and reports but not encoded.
public struct AssessedApplication: Codable, Sendable, Hashable {
  public var id: String
  public var name: String
  public var serverId: String
  /// 0-100: 100 minus the points of every finding, floored at 0.
  public var score: Double
  public var verdict: Verdict
  /// 0-1: how much of what the assessment reads was known (`ConfidenceEstimator`).
  public var confidence: Double
  /// Finding ids of the blockers, sorted.
  public var blockers: [String]
  /// Where the application goes: a Windows or Linux container on the scenario's platform, or stays
  /// on a server; with the reason.
  public var target: Target
  /// Sorted by points (descending), then id.
  public var findings: [Finding]
  public private(set) var baseImage: BaseImage
  /// The OS of the application's image: Linux when its target is a Linux container. Stored, not
  /// derived from `baseImage`: a getter reading an array element copied the whole application
  /// (its dozen references) for one comparison.
  public private(set) var os: ContainerOS
  /// The full reference of the image the container is built from (`ImageReference`).
  public var image: String
  public var baseImageReason: String
  /// The LTSC build of the image.
  public var containerBuild: Int
  public var buildReason: String
  /// The Windows build of the host it runs on.
  public var hostBuild: Int
  public var isolation: Isolation
  public var isolationReason: String
  public var imageSizeGB: Double
  /// Container effort in person-days: for an application that moves, `effort.baseline_days` plus its
  /// findings' efforts (one remedy counted once); 0 for one that stays (`Verdict.movesToContainer`).
  public var effortDays: Double
  /// The server's ANSI code page, set when the app is code-page sensitive (it pins the host pool).
  public var codePage: Int?
  /// Fields missing for this app and its server, by gap name, sorted.
  public var dataGaps: [String]
  /// The application as read; not encoded (a decoded assessment carries only its id, name and server).
  public var application: Application

  public init(
    application: consuming Application, score: Double, verdict: Verdict, confidence: Double, findings: [Finding],
    effortDays: Double, placement: Placement, codePage: Int?, dataGaps: [String], target: Target
  ) {
    self.id = application.id
    self.name = application.name
    self.serverId = application.serverId
    self.score = score
    self.verdict = verdict
    self.confidence = confidence
    self.blockers = findings.filter(\.isBlocker).map(\.id).sorted()
    self.target = target
    self.findings = findings
    self.baseImage = placement.baseImage
    self.os = placement.baseImage == .linux ? .linux : .windows
    self.image = placement.imageReference
    self.baseImageReason = placement.baseImageReason
    self.containerBuild = placement.containerBuild
    self.buildReason = placement.buildReason
    self.hostBuild = placement.hostBuild
    self.isolation = placement.isolation
    self.isolationReason = placement.isolationReason
    self.imageSizeGB = placement.imageSizeGB
    self.effortDays = effortDays
    self.codePage = codePage
    self.dataGaps = dataGaps
    self.application = application
  }

  enum CodingKeys: String, CodingKey {
    case id, name, serverId, score, verdict, confidence, blockers, target, findings, baseImage, image
    case baseImageReason
    case containerBuild, buildReason, hostBuild, isolation, isolationReason, imageSizeGB
    case effortDays, codePage, dataGaps
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    serverId = try c.decode(String.self, forKey: .serverId)
    score = try c.decode(Double.self, forKey: .score)
    verdict = try c.decode(Verdict.self, forKey: .verdict)
    confidence = try c.decode(Double.self, forKey: .confidence)
    blockers = try c.decode([String].self, forKey: .blockers)
    findings = try c.decode([Finding].self, forKey: .findings)
    baseImage = try c.decode(BaseImage.self, forKey: .baseImage)
    os = baseImage == .linux ? .linux : .windows
    image = try c.decodeIfPresent(String.self, forKey: .image) ?? ""
    baseImageReason = try c.decodeIfPresent(String.self, forKey: .baseImageReason) ?? ""
    containerBuild = try c.decode(Int.self, forKey: .containerBuild)
    buildReason = try c.decodeIfPresent(String.self, forKey: .buildReason) ?? ""
    isolation = try c.decode(Isolation.self, forKey: .isolation)
    hostBuild = try c.decodeIfPresent(Int.self, forKey: .hostBuild) ?? containerBuild
    isolationReason = try c.decodeIfPresent(String.self, forKey: .isolationReason) ?? ""
    imageSizeGB = try c.decode(Double.self, forKey: .imageSizeGB)
    effortDays = try c.decodeIfPresent(Double.self, forKey: .effortDays) ?? findings.reduce(0) { $0 + $1.effortDays }
    codePage = try c.decodeIfPresent(Int.self, forKey: .codePage)
    dataGaps = try c.decodeIfPresent([String].self, forKey: .dataGaps) ?? []
    // A document written before targets: an application that moved went to a Windows container.
    target =
      try c.decodeIfPresent(Target.self, forKey: .target)
      ?? Target(
        kind: verdict.movesToContainer ? .windowsContainer : .server, platform: nil,
        reason: "recorded before targets were decided")
    application = Application(id: id, name: name, serverId: serverId, dataGaps: dataGaps)
  }
}
