/// The files `assess` can write; `--formats` picks among them. An exhaustive switch in the writer
/// means an unknown format is a usage error, never a trap.
public enum ReportFormat: String, CaseIterable, Sendable {
  case html, md, json, csv, xlsx
  /// `waves.csv`: each moving application's migration wave.
  case waves
  /// A folder of blueprints, one per application that moves (docs/blueprints.md); not written by
  /// default.
  case blueprints
  /// `report.pdf`, the HTML report printed by headless Chromium; not written by default.
  case pdf

  /// What `assess` writes when `--formats` is not given.
  public static let defaults: [ReportFormat] = [.html, .md, .json, .csv, .xlsx, .waves]

  /// The file each format writes into the output folder.
  public var fileName: String {
    switch self {
    case .html: return "report.html"
    case .md: return "report.md"
    case .json: return "assessment.json"
    case .csv: return "applications.csv"
    case .xlsx: return "applications.xlsx"
    case .waves: return "waves.csv"
    case .blueprints: return "blueprints"
    case .pdf: return "report.pdf"
    }
  }
}
