import ContainerFitModel

/// Lists an application's data gaps and turns them into a confidence in 0-1.
///
/// The assessment reads eleven fields: the ten application fields of the schema that rules and
/// decisions use (`kind`, `runtime`, `gui`, `registry_state`, `local_state`, `log_target`,
/// `code_page_sensitive`, `in_memory_state`, `install_size_mb`, `dependencies`) and the server's
/// build (`server.os_build`). `isolation_required` is not among them: inventories name it only for
/// the few apps that must be kernel-isolated, and absent means `any`. Confidence =
/// 1 − (assessed fields missing ÷ 11), rounded to 2 decimals. Gaps the importer found on other
/// fields (demand, licence edition, ...) are listed but do not lower the assessment's confidence.
public enum ConfidenceEstimator {
  /// The assessed fields by gap name, with how to tell one is missing.
  /// The closures are given the app and its server's build (`Server.effectiveBuild`).
  public static let assessedFields: [(name: String, isMissing: @Sendable (Application, Int?) -> Bool)] = [
    (Field.codePageSensitive.gapName, { app, _ in app.codePageSensitive == nil }),
    (Field.dependencies.gapName, { app, _ in app.dependencies == nil }),
    (Field.gui.gapName, { app, _ in app.gui == nil }),
    (Field.inMemoryState.gapName, { app, _ in app.inMemoryState == nil }),
    (Field.installSizeMB.gapName, { app, _ in app.installSizeMB == nil }),
    (Field.kind.gapName, { app, _ in app.kind == nil }),
    (Field.localState.gapName, { app, _ in app.localState == nil }),
    (Field.logTarget.gapName, { app, _ in app.logTarget == nil }),
    (Field.registryState.gapName, { app, _ in app.registryState == nil }),
    (Field.runtime.gapName, { app, _ in app.runtime == nil }),
    (Field.osBuild.gapName, { _, serverBuild in serverBuild == nil }),
  ]

  /// The gap name of the server's code page, a gap only for code-page-sensitive apps.
  static let codePageGap = Field.ansiCodePage.gapName

  /// The assessed fields `app` (on `server`) lacks, in `assessedFields` order.
  public static func missingAssessedFields(_ app: Application, on server: Server) -> [String] {
    missingAssessedFields(app, serverBuild: server.effectiveBuild)
  }

  /// The same, with the server's build already derived.
  static func missingAssessedFields(_ app: Application, serverBuild: Int?) -> [String] {
    assessedFields.compactMap { $0.isMissing(app, serverBuild) ? $0.name : nil }
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
