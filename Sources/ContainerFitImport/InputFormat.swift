/// The canonical input formats, told apart by content (the extension only breaks ties).
public enum InputFormat: String, Sendable, CaseIterable {
  case csv, json, jsonl, xml

  /// File extensions read when a folder is given (a file named explicitly is always tried).
  static let folderExtensions: Set<String> = ["csv", "tsv", "txt", "json", "jsonl", "ndjson", "xml"]

  /// Detects the format from the first bytes of a file (any BOM included) and its extension.
  static func detect(prefix: [UInt8], fileExtension: String) -> InputFormat? {
    let ext = fileExtension.lowercased()
    if ext == "jsonl" || ext == "ndjson" { return .jsonl }
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
    case UInt8(ascii: "<"): return .xml
    case UInt8(ascii: "["): return .json
    case UInt8(ascii: "{"):
      return JSONLinesReader.looksLikeJSONLines(Array(bytes)) ? .jsonl : .json
    default:
      return .csv
    }
  }

  /// The reader for this format.
  var reader: any InventoryReader {
    switch self {
    case .csv: return CSVReader()
    case .json: return JSONInventoryReader()
    case .jsonl: return JSONLinesReader()
    case .xml: return XMLInventoryReader()
    }
  }
}
