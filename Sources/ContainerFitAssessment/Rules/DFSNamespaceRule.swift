import ContainerFitModel

/// DFS namespace: an Active Directory file-system role that stays on servers.
public struct DFSNamespaceRule: AssessmentRule {
  public static let id = "dfs-namespace"
  public static let title = "DFS namespace"
  public static let description = """
    A DFS namespace (and DFS Replication) is a role of domain-joined Windows servers: containers are \
    not domain-joined and cannot host infrastructure roles (Microsoft's lift-and-shift guidance, \
    facts.md "Known blockers and difficulties"). An inventory shows one as a Windows service (kind \
    windows-service, runtime native, or unknown) named for DFS that depends on smb-share or \
    infrastructure-role, or as the Dfs or DFSR service. It is a blocker: the namespace stays on \
    domain-joined servers and the shares it points to move to Amazon FSx for Windows File Server.
    """
  public static let defaultWeights: [String: Double] = ["dfs-namespace": 50]
  public static let defaultEffortDays: [String: Double] = ["dfs-namespace": 0]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "dfs-namespace": "A DFS namespace: it stays on domain-joined servers"
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(
        RuleExample.clean {
          $0.name = "DFS Namespace and Shares"
          $0.kind = .windowsService
          $0.runtime = "native"
          $0.dependencies = [.smbShare, .windowsAuth]
        }),
      RuleExample(
        RuleExample.clean {
          $0.name = "DFS Replication"
          $0.kind = .windowsService
          $0.runtime = nil
          $0.attributes = ["Name": "DFSR"]
        }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean),
      // A batch job that copies files to a DFS path uses the namespace; it is not one.
      RuleExample(
        RuleExample.clean {
          $0.name = "DFS Export Job"
          $0.kind = .scheduledTask
          $0.runtime = "dotnet-framework-4.8"
          $0.dependencies = [.smbShare]
        }),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard let evidence = context.serverRoles[.dfsNamespace] else { return [] }
    return [
      context.finding(
        Self.id, "dfs-namespace", evidence: evidence,
        remediation: "Keep the DFS namespace on domain-joined Windows servers (EC2 instances or the current "
          + "servers): a container cannot hold an Active Directory role. Move the shares its folders point to onto "
          + "Amazon FSx for Windows File Server and repoint the folder targets.",
        blocker: true)
    ]
  }
}
