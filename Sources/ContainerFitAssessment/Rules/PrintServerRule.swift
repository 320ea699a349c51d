import ContainerFitModel

/// Print server: shared print queues and their drivers stay on a server or a managed print service.
public struct PrintServerRule: AssessmentRule {
  public static let id = "print-server"
  public static let title = "Print server"
  public static let description = """
    A print server shares queues and their drivers with domain clients: printer drivers cannot be \
    installed from inside a container and printing needs the fuller Server or Windows image \
    (facts.md "Known blockers and difficulties"), and a container is not domain-joined. An inventory \
    shows one as a Windows service (kind windows-service, runtime native, or unknown) named for a \
    print server, spooler or print queue that depends on printer, or as the Spooler service. It is a \
    blocker: the print server stays on a server or its queues move to a managed print service.
    """
  public static let defaultWeights: [String: Double] = ["print-server": 50]
  public static let defaultEffortDays: [String: Double] = ["print-server": 0]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "print-server": "A print server: it stays on a server or moves to a managed print service"
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(
        RuleExample.clean {
          $0.name = "Print Spooler - Office Printers"
          $0.kind = .windowsService
          $0.runtime = "native"
          $0.dependencies = [.printer, .fonts]
        })
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean),
      // An application that prints through a print server is not one.
      RuleExample(
        RuleExample.clean {
          $0.name = "Label Print Service"
          $0.kind = .windowsService
          $0.runtime = "dotnet-framework-4.8"
          $0.dependencies = [.printer]
        }),
    ]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard let evidence = context.serverRoles[.printServer] else { return [] }
    return [
      context.finding(
        Self.id, "print-server", evidence: evidence,
        remediation: "Keep the print server on a Windows server or move its queues to a managed print service: "
          + "printer drivers cannot be installed from inside a container and clients reach shared queues on a "
          + "domain-joined print server.",
        blocker: true)
    ]
  }
}
