import Foundation

/// A scenario the planner cannot use; the message names the scenario key.
public enum PlanningError: Error, LocalizedError, Equatable, Sendable {
  case unknownHostShape(String)
  case missingHostSize(key: String)
  case noUsableCapacity(key: String)

  public var errorDescription: String? {
    switch self {
    case .unknownHostShape(let name):
      let known = HostCatalogue.shapes.map(\.name).joined(separator: ", ")
      return "Scenario key 'host.shape': unknown host shape '\(name)'; use one of \(known), or give host.cores "
        + "and host.memory_gb without a shape."
    case .missingHostSize(let key):
      return "Scenario key '\(key)' is required when host.shape is not given."
    case .noUsableCapacity(let key):
      return "Scenario key '\(key)': the reservation and target utilisation leave no usable capacity on the host."
    }
  }
}
