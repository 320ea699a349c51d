import ContainerFitModel

// Planning's defaults that facts.md does not give, kept beside the catalogue so the methodology can
// name them and label them as assumptions.
extension Facts {
  /// Utilisation assumed when a server's peak utilisation is unknown: its whole allocation.
  public static let missingUtilizationPct = Fact(
    100.0, source: "Assumption: an unknown peak utilisation is taken as 100% so a plan never undersizes",
    assumption: true)
  /// Demand assumed for an app when neither it nor its server gives a size.
  public static let defaultAppCPUCores = Fact(
    1.0, source: "Assumption: one core when neither the app nor its server gives a size", assumption: true)
  public static let defaultAppMemoryGB = Fact(
    2.0, source: "Assumption: 2 GiB when neither the app nor its server gives a size", assumption: true)
}
