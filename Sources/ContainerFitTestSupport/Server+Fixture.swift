import ContainerFitModel

extension Server {
  /// A Windows Server 2022 VM (8 cores, 32 GB, code page 1252) changed by the arguments given.
  public static func fixture(
    id: String = "srv-1", osName: String? = nil, osBuild: Int? = 26100, cores: Int? = 8, memoryGB: Double? = 32,
    platform: Platform? = .vm, licenseEdition: LicenseEdition? = .standard, cpuUtilPct: Double? = 50,
    memUtilPct: Double? = 60, ansiCodePage: Int? = 1252, isPlaceholder: Bool = false
  ) -> Server {
    Server(
      id: id, hostname: id.uppercased(), osName: osName, osBuild: osBuild, cores: cores, memoryGB: memoryGB,
      platform: platform, licenseEdition: licenseEdition, cpuUtilPct: cpuUtilPct, memUtilPct: memUtilPct,
      ansiCodePage: ansiCodePage, isPlaceholder: isPlaceholder)
  }
}
