/// The plan's totals under one isolation choice.
public struct IsolationVariant: Sendable, Hashable, Codable {
  /// Container hosts, spare ones included; Fargate tasks are counted apart.
  public var hosts: Int
  /// Fargate tasks (`ecs-fargate`), one per container instance.
  public var tasks: Int
  public var cores: Double
  public var memoryGB: Double
  /// Licences and compute of its hosts a year.
  public var annualCost: Double
  /// Applications it places: costs compare only between variants that place as many.
  public var placedApplications: Int

  public init(
    hosts: Int, tasks: Int = 0, cores: Double, memoryGB: Double, annualCost: Double, placedApplications: Int
  ) {
    self.hosts = hosts
    self.tasks = tasks
    self.cores = cores
    self.memoryGB = memoryGB
    self.annualCost = annualCost
    self.placedApplications = placedApplications
  }
}
