import ContainerFitModel

/// Database engine: SQL Server (or another engine) listed as an application stays out of containers.
public struct DatabaseEngineRule: AssessmentRule {
  public static let id = "database-engine"
  public static let title = "Database engine"
  public static let description = """
    A database engine is a server role, not an application to containerise: it needs its data, \
    memory and I/O on durable, dedicated capacity, and database servers are poor container candidates \
    (Microsoft's lift-and-shift guidance, facts.md "Known blockers and difficulties"). An inventory \
    shows one as a Windows or server-product service (kind windows-service, runtime native, or \
    unknown) that depends on database-server, or as the SQL Server service (MSSQLSERVER, MSSQL$name). \
    It is a blocker: the database moves to a managed service (Amazon RDS for SQL Server) or stays on a \
    server or VM, and only the applications that use it move to containers.
    """
  public static let defaultWeights: [String: Double] = ["database-engine": 50]
  public static let defaultEffortDays: [String: Double] = ["database-engine": 0]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "database-engine": "A database engine: it stays on a server or moves to a managed database"
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(
        RuleExample.clean {
          $0.name = "SQL Server 2019 - ERP"
          $0.kind = .windowsService
          $0.runtime = "native"
          $0.dependencies = [.databaseServer]
        }),
      RuleExample(
        RuleExample.clean {
          $0.name = "SQL Server (MSSQLSERVER)"
          $0.kind = .windowsService
          $0.runtime = nil
          $0.dependencies = nil
          $0.attributes = ["ServiceName": "MSSQLSERVER"]
        }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean),
      // An application that uses a database is not one.
      RuleExample(
        RuleExample.clean {
          $0.kind = .iisSite
          $0.runtime = "dotnet-framework-4.8"
          $0.dependencies = [.databaseServer]
        }),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard let evidence = context.serverRoles[.databaseEngine] else { return [] }
    let isSQLServer = app.name.lowercased().contains("sql server") || evidence.contains("service name = mssql")
    let remediation =
      isSQLServer
      ? "Keep SQL Server out of containers: move the database to Amazon RDS for SQL Server, or keep it on SQL "
        + "Server on a VM (an EC2 instance or the current server), and containerise only the applications that use it."
      : "Keep the database engine out of containers: move the database to a managed database service (Amazon RDS) "
        + "or keep it on a server or VM, and containerise only the applications that use it."
    return [context.finding(Self.id, "database-engine", evidence: evidence, remediation: remediation, blocker: true)]
  }
}
