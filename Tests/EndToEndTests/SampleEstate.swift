import Foundation

/// What the sample estate under `Inventories/harbourline` holds, found from its files rather than
/// written into the tests, so that editing the sample does not mean editing every count.
enum SampleEstate {
  static let folder = "Inventories/harbourline"

  /// The distinct application ids written in the inventory files (every sample id has the form
  /// `APP-<site>-<number>`); duplicates are rejected and a row without an id is not an application,
  /// so this is the number of applications a run keeps.
  static func applicationCount() throws -> Int {
    let pattern = try NSRegularExpression(pattern: #"\bAPP-[A-Z]+-[0-9]+\b"#)
    let files = try FileManager.default.contentsOfDirectory(
      at: CommandRunner.repositoryRoot.appendingPathComponent(folder), includingPropertiesForKeys: nil)
    var ids = Set<String>()
    for file in files {
      let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        if let range = Range(match.range, in: text) { ids.insert(String(text[range])) }
      }
    }
    return ids.count
  }

  /// The counts of the committed sample assessment (`Reports/harbourline/assessment.json`, which
  /// `SampleReportsTests` keeps current): servers, applications, rejected, warnings.
  static func committedSummary() throws -> [String: Int] {
    let url = CommandRunner.repositoryRoot.appendingPathComponent("Reports/harbourline/assessment.json")
    let document = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    let summary = document?["summary"] as? [String: Any] ?? [:]
    return summary.compactMapValues { $0 as? Int }
  }
}
