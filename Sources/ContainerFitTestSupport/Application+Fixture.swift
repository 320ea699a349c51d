import ContainerFitModel

extension Application {
  /// A fully described, headless .NET 8 console application with nothing to remediate, changed by
  /// the arguments given: tests name only what they are about (`Application.fixture(gui: .required)`).
  /// Pass `.some(nil)` (e.g. `gui: .some(nil)`) to make a field unknown.
  public static func fixture(
    id: String = "app-1", name: String = "Fixture App", serverId: String = "srv-1",
    kind: ApplicationKind?? = .some(.console), runtime: String?? = .some("dotnet-8"),
    gui: GUIDependence?? = .some(GUIDependence.none), registryState: RegistryState?? = .some(RegistryState.none),
    localState: LocalState?? = .some(LocalState.none), logTarget: LogTarget?? = .some(.stdout),
    codePageSensitive: Bool?? = .some(false), inMemoryState: Bool?? = .some(false),
    installSizeMB: Double?? = .some(100), cpuCores: Double? = 1, memoryGB: Double? = 2,
    dependencies: Set<Dependency>?? = .some([]), isolationRequired: IsolationRequirement?? = .some(.any),
    instances: Int? = 1, dataGaps: [String] = []
  ) -> Application {
    Application(
      id: id, name: name, serverId: serverId, kind: kind ?? nil, runtime: runtime ?? nil, gui: gui ?? nil,
      registryState: registryState ?? nil, localState: localState ?? nil, logTarget: logTarget ?? nil,
      codePageSensitive: codePageSensitive ?? nil, inMemoryState: inMemoryState ?? nil,
      installSizeMB: installSizeMB ?? nil, cpuCores: cpuCores, memoryGB: memoryGB,
      dependencies: dependencies ?? nil, isolationRequired: isolationRequired ?? nil, instances: instances,
      dataGaps: dataGaps)
  }
}
