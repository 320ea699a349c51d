import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

/// `assessment.json` (PRODUCT.md §2): the machine-readable result of a run. A contract that scripts
/// and `compare` depend on; keys may be added, never renamed. Decodable too, so a run folder sent by
/// a colleague can be compared; a version 1 file is read into the version 2 shape.
public struct AssessmentDocument: Codable, Sendable {
  /// The version this code writes: 2 lists what every occurrence of a finding id shares once, in
  /// `findings`; version 1 repeated it in every application's findings.
  public static let currentSchemaVersion = 2

  public var schemaVersion: Int = currentSchemaVersion
  public var run: RunInfo
  public var summary: Summary
  /// What the run's figures rest on that is assumed or unverified (`AssumptionRegister`); empty in
  /// files written before the register.
  public var assumptions: [Assumption] = []
  /// Each finding id raised in the run, once, sorted by id.
  public var findings: [FindingEntry]
  public var applications: [ApplicationResult]
  public var hosts: [HostResult]
  /// Every server of the estate; empty in files written before the list.
  public var servers: [ServerResult] = []
  /// The migration waves, with what each realises so far; empty in files written before them.
  public var waves: [WavePlan.Wave] = []
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
    /// `applications`, `servers` (no application known: a server-level first look) or `mixed`;
    /// absent from older files (which are `applications`).
    public var basis: String?
    /// The server-level estimate of the servers with no known application; absent when there is none.
    public var serverEstimate: ServerEstimate?
    public var rejected: Int
    public var warnings: Int
    public var verdicts: Verdicts
    /// Applications per target (targets-and-economics.md §1); absent in files written before targets.
    public var targets: Targets?
    /// The likely container effort, person-days: `effort.likely` (kept from version 1, when it was
    /// the sum of the remediations of the applications that move).
    public var effortDays: Double
    /// Container effort as a range (targets-and-economics.md §8); absent in older files.
    public var effort: Effort?
    public var consolidation: Consolidation
    /// Before and after, licence and compute apart (targets-and-economics.md §8); absent in files
    /// written before it.
    public var cost: Cost?
    /// Version 1's licence comparison (the retired servers against the new hosts), kept for one
    /// schema version: read `cost`.
    public var licensing: Licensing
    public var isolation: IsolationSummary
  }

  public struct Verdicts: Codable, Sendable, Hashable {
    public var ready: Int
    public var minor: Int
    public var major: Int
    public var unsuitable: Int
    /// No blocker but confidence under `scoring.min_confidence`; 0 in files written before it.
    public var insufficientData: Int
  }

  /// Applications per target kind.
  public struct Targets: Codable, Sendable, Hashable {
    public var windowsContainer: Int
    public var linuxContainer: Int
    public var server: Int
  }

  /// Container effort, person-days: the range and the platform enablement inside it.
  public struct Effort: Codable, Sendable, Hashable {
    public var low: Double
    public var likely: Double
    public var high: Double
    public var platformDays: Double
  }

  public struct Consolidation: Codable, Sendable, Hashable {
    public var sourceServers: Int
    public var decommissionedServers: Int
    /// Container hosts; Fargate tasks are not hosts and are counted in `fargateTasks`.
    public var targetHosts: Int
    /// Fargate tasks (`ecs-fargate`), one per container instance; absent from older files.
    public var fargateTasks: Int?
    /// The pooled bound (kept from version 1 under this name).
    public var lowerBoundHosts: Int
    /// The same, under the name of targets-and-economics.md §8; absent from older files.
    public var pooledLowerBoundHosts: Int?
    /// The bound with no build, code-page or OS constraint; absent from older files.
    public var poolFreeLowerBoundHosts: Int?
    /// Applications placed on hosts, and those that would move but fit no host; absent from older files.
    public var placedApplications: Int?
    public var unplacedApplications: Int?
  }

  /// A year's cost before and after the plan.
  public struct Cost: Codable, Sendable, Hashable {
    public struct Before: Codable, Sendable, Hashable {
      /// Hosting of every server; 0 when not priced (`hostingPriced`).
      public var compute: Double
      /// Licences of every server: the low end (Standard for unknown editions).
      public var licence: Double
      public var total: Double
      public var licenceLow: Double
      public var licenceHigh: Double
    }

    public struct After: Codable, Sendable, Hashable {
      /// The new hosts' compute plus the remaining servers' hosting.
      public var compute: Double
      /// The new hosts' licences plus the remaining servers' (low end).
      public var licence: Double
      public var total: Double
      public var licenceHigh: Double
      /// What the servers that stay cost (inside `total`): licences (low end) and hosting.
      public var remainingServers: Double
      public var hostsCompute: Double
      public var hostsLicence: Double
    }

    public var currency: String
    public var horizonYears: Double
    /// `software-assurance` (cash: the yearly renewal) or `amortized`.
    public var currentBasis: String
    /// The new hosts' licence model: `included` or `per-core`.
    public var targetModel: String
    public var hostingPriced: Bool
    public var before: Before
    public var after: After
    /// after.total − before.total (negative: cheaper after).
    public var annualDifference: Double
    /// The likely container effort × `effort.day_rate`.
    public var oneOffEffort: Double
    /// Months for the yearly saving to repay the one-off effort; `null` when nothing is saved.
    public var paybackMonths: Double?
    /// How the annual difference moves with demand and with the unknown editions; absent from
    /// older files.
    public var sensitivity: Sensitivity?
  }

  /// The TCO table's sensitivity line (targets-and-economics.md §5).
  public struct Sensitivity: Codable, Sendable, Hashable {
    /// The plan's hosts re-packed at one demand change.
    public struct DemandCase: Codable, Sendable, Hashable {
      /// The change in every container's demand, in percent: +20 or −20.
      public var demandPct: Double
      public var hosts: Int
      public var placedApplications: Int
      /// after.total with these hosts instead of the plan's.
      public var afterTotal: Double
      public var annualDifference: Double
    }

    public var demand: [DemandCase]
    /// The annual difference with every unknown edition at Standard (the headline's) and at
    /// Datacenter, before and after alike.
    public var licenceLowDifference: Double
    public var licenceHighDifference: Double
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
    /// The all-Hyper-V plan's annual cost over the all-process plan's, in percent (version 1: its
    /// hosts over the other's), when both place as many applications; 0 otherwise.
    public var hypervOverheadPct: Double
    /// False when the two plans place different numbers of applications and so are not compared;
    /// absent from older files.
    public var comparable: Bool?
  }

  /// What every occurrence of a finding id shares: its rule, whether it blocks, and its remediation
  /// (as its first occurrence in the run states it; an application whose text differs has its own).
  public struct FindingEntry: Codable, Sendable, Hashable {
    public var id: String
    /// The finding's human title (`The application needs a desktop session`); absent in files
    /// written before titles existed.
    public var title: String?
    public var rule: String
    public var blocker: Bool
    public var remediation: String
  }

  /// A finding of one application: its id (an entry of `findings`) and what is its own.
  public struct Finding: Codable, Sendable, Hashable {
    public var id: String
    /// Points deducted; a finding raised once per missing field counts each.
    public var points: Double
    public var evidence: String
    /// This application's remediation when it differs from its entry's (a rule that names the
    /// application's build or host); `null` when the entry's applies.
    public var remediation: String?
    /// Person-days, counted like the points.
    public var effortDays: Double
  }

  public struct ApplicationResult: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var serverId: String
    public var score: Double
    public var verdict: String
    public var confidence: Double
    public var blockers: [String]
    /// Where the application goes (schema version 2; absent from version 1 files).
    public var target: Target?
    public var findings: [Finding]
    public var baseImage: String?
    /// The full image reference (schema version 2; absent from version 1 files).
    public var image: String?
    /// The Windows build of the image; `null` for a Linux container.
    public var containerBuild: Int?
    /// `process` or `hyperv`; `null` for a Linux container.
    public var isolation: String?
    public var imageSizeGB: Double?
    public var cpuCores: Double?
    public var memoryGB: Double?
    public var hostId: String?
    public var effortDays: Double
  }

  public struct HostResult: Codable, Sendable, Hashable {
    public var id: String
    /// `host`, or `fargate-task` for a Fargate task (one container; its `shape` is the task size);
    /// absent from older files.
    public var kind: String?
    /// `windows` or `linux` (schema version 2; absent from version 1 files, whose hosts are Windows).
    public var os: String?
    /// The host's Windows build; `null` for a Linux host.
    public var osBuild: Int?
    /// The catalogue shape (`m7i.4xlarge`) and the platform it serves; absent from older files.
    public var shape: String?
    public var platform: String?
    /// True when the shape runs Hyper-V-isolated containers (bare metal, physical, nested).
    public var hypervCapable: Bool?
    /// `process`, `hyperv` or `mixed` for what it carries; `null` for a Linux host or an empty one.
    public var isolation: String?
    /// The system code page its pool requires, if any.
    public var codePage: Int?
    /// True for a spare host (`host.spread`, `host.min_hosts_per_pool`).
    public var spare: Bool?
    /// `standard`, `datacenter`, `included` or `none` (a Linux host); absent from older files.
    public var edition: String?
    /// A year of the host's compute (without licence) and of its Windows licence; absent from older files.
    public var annualCompute: Double?
    public var annualLicence: Double?
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

extension AssessmentDocument.Summary {
  /// The year's cost before and after and the saving (before − after, negative when the plan costs
  /// more): from `cost` (licences and compute, the servers that stay included), or for a document
  /// written before costs from its licence comparison.
  public var annual: (before: Double, after: Double, savings: Double) {
    guard let cost else { return (licensing.currentAnnualCost, licensing.targetAnnualCost, licensing.annualSavings) }
    return (cost.before.total, cost.after.total, -cost.annualDifference)
  }
}
