import ContainerFitModel

/// Decides which fields an application (with its server) lacks for a full assessment. Each gap
/// lowers the assessment's confidence and tells the consultant what to collect next.
enum DataGapFinder {
  static func gaps(of app: Application, on server: Server, badFields: Set<Field>) -> [String] {
    var gaps: [String] = []
    if badFields.contains(.name) { gaps.append(Field.name.gapName) }
    for field in Application.assessedFields where !app.isKnown(field) { gaps.append(field.gapName) }
    // Demand is known when given, or derivable from the server's allocation and peak utilisation.
    if app.cpuCores == nil, server.cores == nil || server.cpuUtilPct == nil { gaps.append(Field.cpuCores.gapName) }
    if app.memoryGB == nil, server.memoryGB == nil || server.memUtilPct == nil {
      gaps.append(Field.appMemoryGB.gapName)
    }
    if server.isPlaceholder {
      gaps.append("server")
    } else {
      if server.effectiveBuild == nil { gaps.append(Field.osBuild.gapName) }
      if server.cores == nil { gaps.append(Field.cores.gapName) }
      if server.licenseEdition == nil { gaps.append(Field.licenseEdition.gapName) }
    }
    if app.codePageSensitive == true, server.ansiCodePage == nil { gaps.append(Field.ansiCodePage.gapName) }
    return gaps.sorted()
  }
}
