extension Application {
  /// The application fields the assessment's rules and decisions read, sorted by gap name, each with
  /// how to tell it is known: the importer lists an unknown one as a data gap, and each one missing
  /// lowers the assessment's confidence. `isolation_required` is not among them: an inventory names
  /// it only for the few apps that must be kernel-isolated; absent means `any`.
  public static let assessedFields: [(field: Field, isKnown: @Sendable (Application) -> Bool)] = [
    (.codePageSensitive, { $0.codePageSensitive != nil }),
    (.dependencies, { $0.dependencies != nil }),
    (.gui, { $0.gui != nil }),
    (.inMemoryState, { $0.inMemoryState != nil }),
    (.installSizeMB, { $0.installSizeMB != nil }),
    (.kind, { $0.kind != nil }),
    (.localState, { $0.localState != nil }),
    (.logTarget, { $0.logTarget != nil }),
    (.registryState, { $0.registryState != nil }),
    (.runtime, { $0.runtime != nil }),
  ]
}
