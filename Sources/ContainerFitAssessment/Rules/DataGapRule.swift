import ContainerFitModel

/// Data gaps: what the inventory did not say, listed so the consultant can collect it.
public struct DataGapRule: AssessmentRule {
  public static let id = "data-gaps"
  public static let title = "Data gaps"
  public static let description = """
    A field the inventory does not give is a data gap (inventory-schema.md): the application is still \
    assessed, each rule assuming the best case for the missing field, and the gap is listed. Gaps do \
    not deduct points by default; they lower the assessment's confidence instead (1 minus the share \
    of the \(ConfidenceEstimator.assessedFields.count) assessed fields that are missing). A scenario may give the data-gaps finding a \
    weight, deducted once per missing field, to score unknowns pessimistically.
    """
  public static let defaultWeights: [String: Double] = ["data-gaps": 0]
  public static let defaultEffortDays: [String: Double] = ["data-gaps": 0]
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static let findingTitles: [String: String] = [
    "data-gaps": "The inventory leaves assessed fields unknown"
  ]

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.gui = nil }),
      RuleExample(RuleExample.clean, server: Server(id: "srv-unknown")),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] { [RuleExample(RuleExample.clean)] }

  public init() {}

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    let missing = context.missingFields
    guard !missing.isEmpty else { return [] }
    let list = missing.joined(separator: ", ")
    return [
      context.finding(
        Self.id, "data-gaps", evidence: "unknown: \(list)",
        remediation: "Collect \(list) from the application owner or a discovery tool; until then the score "
          + "assumes the best case for them.",
        count: missing.count)
    ]
  }

  /// The missing fields, as bits in `ConfidenceEstimator.assessedFields` order (the order the list
  /// comes in); `nil` for a list in another order or with other names.
  public func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey? {
    var bits = 0
    var previous = -1
    for name in context.missingFields {
      guard let index = ConfidenceEstimator.assessedFields.firstIndex(of: name), index > previous
      else { return nil }
      bits |= 1 << index
      previous = index
    }
    return RuleMemoKey(bits)
  }
}
