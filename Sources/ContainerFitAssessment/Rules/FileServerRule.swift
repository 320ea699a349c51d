import ContainerFitModel

/// File server: SMB shares served to clients stay on a server or move to a managed file service.
public struct FileServerRule: AssessmentRule {
  public static let id = "file-server"
  public static let title = "File server"
  public static let description = """
    A file server is a role, not an application: it serves SMB shares with their permissions to \
    domain users, and a container is not domain-joined (Microsoft's lift-and-shift guidance); on ECS \
    SMB's port 445 is also reserved on the container host (facts.md, "ECS on Windows"). An \
    inventory shows one as a Windows service (kind windows-service, runtime native, or unknown) named \
    for file shares or a file server that depends on smb-share, or as the LanmanServer service. It is \
    a blocker: the shares move to Amazon FSx for Windows File Server or stay on a server. A DFS \
    namespace is reported by its own rule.
    """
  public static let defaultWeights: [String: Double] = ["file-server": 50]
  public static let defaultEffortDays: [String: Double] = ["file-server": 0]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "file-server": "A file server: its shares move to FSx or stay on a server"
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(
        RuleExample.clean {
          $0.name = "Branch File Shares"
          $0.kind = .windowsService
          $0.runtime = "native"
          $0.dependencies = [.smbShare]
        })
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean),
      // A service that reads a share uses the file server; it is not one.
      RuleExample(
        RuleExample.clean {
          $0.name = "Build Agent"
          $0.kind = .windowsService
          $0.runtime = "native"
          $0.dependencies = [.smbShare, .msiInstaller]
        }),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard let evidence = context.serverRoles[.fileServer] else { return [] }
    return [
      context.finding(
        Self.id, "file-server", evidence: evidence,
        remediation: "Move the shares to Amazon FSx for Windows File Server (joined to the domain, with their "
          + "permissions) or keep the file server on a server: a container cannot serve SMB shares to domain users.",
        blocker: true)
    ]
  }
}
