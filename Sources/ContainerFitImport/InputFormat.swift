/// The input formats, told apart by content (the extension only breaks ties): the canonical ones and
/// the real-world exports read by adapters (`docs/real-world-inputs.md`).
public enum InputFormat: String, Sendable, CaseIterable {
  case csv, json, jsonl, xml
  case rvtoolsCSV = "rvtools-csv"
  case rvtoolsXLSX = "rvtools-xlsx"
  /// RVTools' vHost and vCluster sheets saved as CSV.
  case rvtoolsHostsCSV = "rvtools-vhost-csv"
  case rvtoolsClustersCSV = "rvtools-vcluster-csv"
  case azureMigrate = "azure-migrate"
  case awsDiscovery = "aws-discovery"
  case awsMigrationEvaluator = "aws-migration-evaluator"
  case app2container
  case clixml
  case iisAppcmd = "iis-appcmd"
  case mappedCSV = "mapped-csv"

  /// File extensions read when a folder is given (a file named explicitly is always tried).
  static let folderExtensions: Set<String> = [
    "csv", "tsv", "txt", "json", "jsonl", "ndjson", "xml", "xlsx", "clixml", "config",
  ]

  /// Detects the format from the first bytes of a file (any BOM included) and its extension. With a
  /// column mapping, a CSV whose header has the mapping's identifying columns is a mapped CSV.
  static func detect(prefix: [UInt8], fileExtension: String, mapping: ColumnMapping? = nil) -> InputFormat? {
    let ext = fileExtension.lowercased()
    if ext == "jsonl" || ext == "ndjson" { return .jsonl }
    // A zip archive: an Office Open XML workbook.
    if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .rvtoolsXLSX }
    var bytes = prefix[...]
    var utf16 = false
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes = bytes.dropFirst(3)
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      bytes = bytes.dropFirst(2)
      utf16 = true
    }
    // For UTF-16 the first significant character is the non-zero byte of the first code unit.
    let significant = bytes.lazy.filter { $0 != 0 || !utf16 }.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    guard let first = significant else { return nil }
    switch first {
    case UInt8(ascii: "<"): return InputSniffer.xmlFormat(prefix: prefix) ?? .xml
    case UInt8(ascii: "["): return .json
    case UInt8(ascii: "{"):
      if JSONLinesReader.looksLikeJSONLines(Array(bytes)) { return .jsonl }
      return InputSniffer.jsonFormat(prefix: prefix) ?? .json
    default:
      return InputSniffer.csvFormat(prefix: prefix, mapping: mapping) ?? .csv
    }
  }

  /// The reader for this format (a mapped CSV needs the mapping; without one it is read as canonical).
  func reader(mapping: ColumnMapping? = nil) -> any InventoryReader {
    switch self {
    case .rvtoolsCSV: return RVToolsCSVAdapter()
    case .rvtoolsHostsCSV: return CSVReader(chunkSize: 1 << 20, mapper: RVToolsVHostMapper())
    case .rvtoolsClustersCSV: return CSVReader(chunkSize: 1 << 20, mapper: RVToolsVClusterMapper())
    case .rvtoolsXLSX: return RVToolsXLSXAdapter()
    case .azureMigrate: return AzureMigrateAdapter()
    case .awsDiscovery: return AWSDiscoveryAdapter()
    case .awsMigrationEvaluator: return AWSMigrationEvaluatorAdapter()
    case .app2container: return App2ContainerAdapter()
    case .clixml: return CLIXMLAdapter()
    case .iisAppcmd: return IISAppcmdAdapter()
    case .mappedCSV: return mapping.map { MappedCSVAdapter(mapping: $0) as any InventoryReader } ?? CSVReader()
    case .csv: return CSVReader()
    case .json: return JSONInventoryReader()
    case .jsonl: return JSONLinesReader()
    case .xml: return XMLInventoryReader()
    }
  }
}
