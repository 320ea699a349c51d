import ContainerFitModel

/// Lists an application's data gaps and turns them into a confidence in 0-1.
///
/// The assessment reads the application fields `Application.assessedFields` lists (the importer's
/// data gaps come from the same list) and the server's build (`server.os_build`). Confidence =
/// 1 − (assessed fields missing ÷ their count), rounded to 2 decimals. Gaps the importer found on
/// other fields (demand, licence edition, ...) are listed but do not lower the assessment's confidence.
public enum ConfidenceEstimator {
  /// The assessed fields' gap names: the application's (`Application.assessedFields`), then the
  /// server's build.
  public static let assessedFields: [String] =
    Application.assessedFields.map(\.gapName) + [Field.osBuild.gapName]

  /// The gap name of the server's code page, a gap only for code-page-sensitive apps.
  static let codePageGap = Field.ansiCodePage.gapName

  /// The assessed fields `app` (on `server`) lacks, in `assessedFields` order.
  public static func missingAssessedFields(_ app: Application, on server: Server) -> [String] {
    missingAssessedFields(app, serverBuild: server.effectiveBuild)
  }

  /// The same, with the server's build already derived.
  static func missingAssessedFields(_ app: Application, serverBuild: Int?) -> [String] {
    var missing: [String] = []
    for (index, field) in Application.assessedFields.enumerated() where !app.isKnown(field) {
      missing.append(assessedFields[index])
    }
    if serverBuild == nil { missing.append(assessedFields[assessedFields.count - 1]) }
    return missing
  }

  /// Every gap of `app`: those the importer listed plus the assessed fields missing, sorted, unique.
  public static func dataGaps(_ app: Application, on server: Server, missing: [String]) -> [String] {
    var gaps = missing
    if app.codePageSensitive == true, server.ansiCodePage == nil { gaps.append(codePageGap) }
    if app.dataGaps.isEmpty { return gaps.sorted() }
    // The importer usually listed these gaps already: then its sorted list is the answer as it is.
    if gaps.allSatisfy(app.dataGaps.contains), isStrictlyIncreasing(app.dataGaps) { return app.dataGaps }
    return Set(gaps).union(app.dataGaps).sorted()
  }

  private static func isStrictlyIncreasing(_ names: [String]) -> Bool {
    zip(names, names.dropFirst()).allSatisfy { $0 < $1 }
  }

  /// 1 − missing ÷ assessed fields, rounded to 2 decimals.
  public static func confidence(missingCount: Int) -> Double {
    let ratio = 1 - Double(missingCount) / Double(assessedFields.count)
    return (max(0, ratio) * 100).rounded() / 100
  }
}
