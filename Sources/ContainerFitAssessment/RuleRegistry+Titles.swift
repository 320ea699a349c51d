import ContainerFitModel

extension RuleRegistry {
  /// The human title of every finding id, from its rule's metadata.
  public static let findingTitles: [String: String] = Dictionary(
    all.flatMap { $0.findingTitles.map { ($0.key, $0.value) } }, uniquingKeysWith: { first, _ in first })

  /// The title of a finding id: its rule's title for it, or the id itself when no rule has one
  /// (a finding read from an older assessment.json).
  public static func title(ofFinding id: String) -> String { findingTitles[id] ?? id }
}
