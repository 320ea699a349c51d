import ContainerFitModel

/// The field warnings of a run, grouped by field and kind of message (the message with its quoted
/// values and numbers masked), most frequent first, each with its count and first few places.
enum WarningGroups {
  /// How many places a group lists before "and N more".
  static let placesShown = 3

  static func rows(_ warnings: [Diagnostic]) -> [ReportView.WarningRow] {
    var groups: [String: [Diagnostic]] = [:]
    var order: [String] = []
    for warning in warnings where warning.severity == .warning {
      let key = (warning.field ?? "") + "\u{0}" + kind(of: warning.message)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(warning)
    }
    return order.compactMap { key -> ReportView.WarningRow? in
      guard let members = groups[key], let first = members.first else { return nil }
      let places = members.prefix(placesShown).map(\.location.description).joined(separator: ", ")
      let more = members.count > placesShown ? " and \(members.count - placesShown) more" : ""
      return ReportView.WarningRow(
        field: first.field ?? "—", message: members.count > 1 ? "e.g. " + first.message : first.message,
        count: members.count, places: places + more)
    }.sorted { $0.count != $1.count ? $0.count > $1.count : ($0.field, $0.message) < ($1.field, $1.message) }
  }

  /// The message with quoted values, places and numbers masked: what warnings of one kind share.
  static func kind(of message: String) -> String {
    var result = ""
    var inQuote = false
    for character in message {
      if character == "'" {
        inQuote.toggle()
        if inQuote { result.append("…") }
      } else if !inQuote {
        result.append(character.isNumber ? "#" : character)
      }
    }
    if let range = result.range(of: " read at ") {
      result = String(result[..<range.lowerBound])
    }
    return result
  }
}
