import ContainerFitModel

/// `assessment.json` (PRODUCT.md §2): the machine-readable result of a run. A contract that scripts
/// and `compare` depend on; keys may be added, never renamed. Decodable too, so a run folder sent by
/// a colleague can be compared.
public struct AssessmentDocument: Codable, Sendable {
  public var schemaVersion: Int = 1
  public var run: RunInfo
  public var summary: Summary
  public var applications: [ApplicationResult]
  public var hosts: [HostResult]
  public var rejected: [RejectedRecord]
  public var dataGaps: [DataGap]
  /// Records read but not assessed: VM templates, powered-off VMs, non-Windows guests.
  public var outOfScope: [OutOfScopeRecord] = []

  public struct RunInfo: Codable, Sendable {
    public var id: String
    public var createdAt: String
    public var tool: Tool
    public var client: String?
    public var engagement: String?
    public var scenario: Scenario
    public var inputs: [InputSummary]
  }

  public struct Tool: Codable, Sendable {
    public var version: String
  }

  public struct Summary: Codable, Sendable, Hashable {
    public var servers: Int
    public var applications: Int
    public var rejected: Int
    public var warnings: Int
    public var verdicts: Verdicts
    public var effortDays: Double
    public var consolidation: Consolidation
    public var licensing: Licensing
    public var isolation: IsolationSummary
  }

  public struct Verdicts: Codable, Sendable, Hashable {
    public var ready: Int
    public var minor: Int
    public var major: Int
    public var unsuitable: Int
  }

  public struct Consolidation: Codable, Sendable, Hashable {
    public var sourceServers: Int
    public var decommissionedServers: Int
    public var targetHosts: Int
    public var lowerBoundHosts: Int
  }

  public struct Licensing: Codable, Sendable, Hashable {
    public var currentAnnualCost: Double
    public var targetAnnualCost: Double
    public var annualSavings: Double
    public var currency: String
  }

  public struct IsolationSummary: Codable, Sendable, Hashable {
    public var processOnlyHosts: Int
    public var hypervOnlyHosts: Int
    public var recommendedHosts: Int
    public var hypervOverheadPct: Double
  }

  public struct Finding: Codable, Sendable, Hashable {
    public var rule: String
    public var id: String
    public var points: Double
    public var evidence: String
    public var remediation: String
    public var effortDays: Double
    public var blocker: Bool
  }

  public struct ApplicationResult: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var serverId: String
    public var score: Double
    public var verdict: String
    public var confidence: Double
    public var blockers: [String]
    public var findings: [Finding]
    public var baseImage: String?
    public var containerBuild: Int?
    public var isolation: String?
    public var imageSizeGB: Double?
    public var cpuCores: Double?
    public var memoryGB: Double?
    public var hostId: String?
    public var effortDays: Double
  }

  public struct HostResult: Codable, Sendable, Hashable {
    public var id: String
    public var osBuild: Int
    public var cores: Double
    public var memoryGB: Double
    public var cpuUsed: Double
    public var memoryUsed: Double
    public var applications: [String]
  }

  public struct RejectedRecord: Codable, Sendable, Hashable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var field: String?
    public var reason: String

    public init(_ diagnostic: Diagnostic) {
      file = diagnostic.location.file
      line = diagnostic.location.line
      column = diagnostic.location.column
      field = diagnostic.field
      reason = diagnostic.message
    }
  }
}
