import ContainerFitModel

extension Field {
  /// The field's position in `Field.allCases`, for tables indexed by field: a `Field` has a `String`
  /// raw value, so as a dictionary key or set member it hashes its whole name.
  var index: Int {
    switch self {
    case .serverId: return 0
    case .hostname: return 1
    case .osName: return 2
    case .osBuild: return 3
    case .cores: return 4
    case .serverMemoryGB: return 5
    case .diskGB: return 6
    case .platform: return 7
    case .environment: return 8
    case .licenseEdition: return 9
    case .cpuUtilPct: return 10
    case .memUtilPct: return 11
    case .site: return 12
    case .ansiCodePage: return 13
    case .appId: return 14
    case .name: return 15
    case .kind: return 16
    case .runtime: return 17
    case .gui: return 18
    case .registryState: return 19
    case .localState: return 20
    case .logTarget: return 21
    case .codePageSensitive: return 22
    case .inMemoryState: return 23
    case .installSizeMB: return 24
    case .cpuCores: return 25
    case .appMemoryGB: return 26
    case .memoryAvgGB: return 27
    case .dependencies: return 28
    case .isolationRequired: return 29
    case .instances: return 30
    case .hypervisorHost: return 31
    case .cluster: return 32
    }
  }

  /// The field's bit in a 64-bit set of fields (`1 << index`): the fields a record carried, and an
  /// input supplied.
  var bit: UInt64 { 1 << UInt64(index) }
}
