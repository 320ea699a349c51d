extension Application {
  /// The application fields the assessment's rules and decisions read, sorted by gap name: the
  /// importer lists an unknown one as a data gap, and each one missing lowers the assessment's
  /// confidence. `isolation_required` is not among them: an inventory names it only for the few
  /// apps that must be kernel-isolated; absent means `any`.
  public static let assessedFields: [Field] = [
    .codePageSensitive, .dependencies, .gui, .inMemoryState, .installSizeMB, .kind, .localState, .logTarget,
    .registryState, .runtime,
  ]

  /// Whether `field`, one of `assessedFields`, is known (any other field counts as known). A switch
  /// rather than a closure per field: the importer and the assessor ask it ten times per
  /// application, and a closure call takes the application by value, retaining each of its strings.
  @inlinable
  public func isKnown(_ field: Field) -> Bool {
    switch field {
    case .codePageSensitive: codePageSensitive != nil
    case .dependencies: dependencies != nil
    case .gui: gui != nil
    case .inMemoryState: inMemoryState != nil
    case .installSizeMB: installSizeMB != nil
    case .kind: kind != nil
    case .localState: localState != nil
    case .logTarget: logTarget != nil
    case .registryState: registryState != nil
    case .runtime: runtime != nil
    default: true
    }
  }
}
