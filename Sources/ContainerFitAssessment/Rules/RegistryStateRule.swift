import ContainerFitModel

/// Registry state: the registry is namespaced per container and vanishes with it.
public struct RegistryStateRule: AssessmentRule {
  public static let id = "registry-state"
  public static let title = "Registry state"
  public static let description = """
    A container's registry is namespaced to the container: writes vanish when the container is \
    replaced (Microsoft's lift-and-shift guidance; seed article: state outside the container). An \
    application that keeps state in the registry must move it to an external store; one that only \
    reads its configuration there must have it baked into the image or moved to environment \
    variables or configuration files.
    """
  public static let defaultWeights: [String: Double] = ["registry-write": 15, "registry-read": 5]
  public static let defaultEffortDays: [String: Double] = ["registry-write": 3, "registry-read": 1]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "registry-read": "Configuration is read from the registry",
    "registry-write": "State is written to the registry",
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.registryState = .write }),
      RuleExample(RuleExample.clean { $0.registryState = .read }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.registryState = nil })]
  }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    switch app.registryState {
    case .write:
      return [
        context.finding(
          Self.id, "registry-write", evidence: "registry_state = write",
          remediation: "Move the state the application writes to the registry into an external store (a "
            + "database, a file on a mounted volume); registry writes are lost when the container is replaced.")
      ]
    case .read:
      return [
        context.finding(
          Self.id, "registry-read", evidence: "registry_state = read",
          remediation: "Bake the registry configuration into the image (reg import in the Dockerfile) or move it "
            + "to environment variables or a configuration file set per environment.")
      ]
    case .none?, nil:
      return []
    }
  }
}
