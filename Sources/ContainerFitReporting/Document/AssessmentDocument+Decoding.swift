import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

// Reading an assessment.json of either version into today's shape: a version 1 file repeated each
// finding's rule, blocker flag and remediation in every application; its catalogue is rebuilt from
// them as the writer builds it (first occurrence of each id), so a comparison reads both alike.

extension AssessmentDocument {
  enum CodingKeys: String, CodingKey {
    case schemaVersion, run, summary, assumptions, findings, applications, hosts, servers, waves, rejected, dataGaps
    case outOfScope
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let version = try c.decode(Int.self, forKey: .schemaVersion)
    run = try c.decode(RunInfo.self, forKey: .run)
    summary = try c.decode(Summary.self, forKey: .summary)
    assumptions = try c.decodeIfPresent([Assumption].self, forKey: .assumptions) ?? []
    applications = try c.decode([ApplicationResult].self, forKey: .applications)
    hosts = try c.decode([HostResult].self, forKey: .hosts)
    servers = try c.decodeIfPresent([ServerResult].self, forKey: .servers) ?? []
    waves = try c.decodeIfPresent([WavePlan.Wave].self, forKey: .waves) ?? []
    rejected = try c.decode([RejectedRecord].self, forKey: .rejected)
    dataGaps = try c.decode([DataGap].self, forKey: .dataGaps)
    outOfScope = try c.decodeIfPresent([OutOfScopeRecord].self, forKey: .outOfScope) ?? []
    switch version {
    case 1:
      findings = Self.upgrade(&applications, from: try c.decode([Version1Application].self, forKey: .applications))
    case AssessmentDocument.currentSchemaVersion:
      findings = try c.decode([FindingEntry].self, forKey: .findings)
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .schemaVersion, in: c,
        debugDescription: "schema version \(version) is not one this containerfit reads (1 or 2); update containerfit")
    }
    schemaVersion = AssessmentDocument.currentSchemaVersion
  }

  /// The catalogue of a version 1 document's findings; a finding whose remediation is the
  /// catalogue's loses its copy.
  private static func upgrade(
    _ applications: inout [ApplicationResult], from version1: [Version1Application]
  ) -> [FindingEntry] {
    var catalogue: [String: FindingEntry] = [:]
    for app in version1 {
      for finding in app.findings where catalogue[finding.id] == nil {
        catalogue[finding.id] = FindingEntry(
          id: finding.id, title: RuleRegistry.findingTitles[finding.id], rule: finding.rule, blocker: finding.blocker,
          remediation: finding.remediation)
      }
    }
    for app in applications.indices {
      for finding in applications[app].findings.indices
      where applications[app].findings[finding].remediation
        == catalogue[applications[app].findings[finding].id]?
        .remediation
      {
        applications[app].findings[finding].remediation = nil
      }
    }
    return catalogue.values.sorted { $0.id < $1.id }
  }

  /// What a version 1 application's findings held beyond today's: read only to build the catalogue.
  private struct Version1Application: Decodable {
    struct Finding: Decodable {
      var rule: String
      var id: String
      var remediation: String
      var blocker: Bool
    }

    var findings: [Finding]
  }
}

extension AssessmentDocument.Verdicts {
  enum CodingKeys: String, CodingKey { case ready, minor, major, unsuitable, insufficientData }

  /// Files written before `insufficientData` existed read it as 0.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    ready = try c.decode(Int.self, forKey: .ready)
    minor = try c.decode(Int.self, forKey: .minor)
    major = try c.decode(Int.self, forKey: .major)
    unsuitable = try c.decode(Int.self, forKey: .unsuitable)
    insufficientData = try c.decodeIfPresent(Int.self, forKey: .insufficientData) ?? 0
  }
}
