import ContainerFitModel
import Foundation
import ZIPFoundation

/// Reads RVTools' native `.xlsx` export directly, saving the consultant Excel's CSV round trip and its
/// encoding damage: the workbook (`xl/workbook.xml`) names the `vInfo` sheet, its relationships
/// (`xl/_rels/workbook.xml.rels`) give the sheet's part, and cells are inline strings, indexes into
/// `xl/sharedStrings.xml`, booleans or numbers. Rows are mapped exactly as the CSV save's rows are.
///
/// Places are given as the sheet's row (line) and column number.
public struct RVToolsXLSXAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "rvtools-xlsx"

  /// Parts larger than this are refused: a workbook of 100,000 VMs stays far below it, a zip bomb not.
  static let maximumPartSize: UInt64 = 1 << 30

  public init() {}

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    let zip: (archive: Archive, parts: ZIPPartReader)
    do {
      let url = URL(fileURLWithPath: input.url)
      zip = (try Archive(url: url, accessMode: .read), try ZIPPartReader(url: url))
    } catch {
      throw ImportError.unreadable(path: input.path, reason: "it is not a readable zip archive (.xlsx).")
    }
    let workbook = try part("xl/workbook.xml", of: zip, input)
    let sheets = workbook.child("sheets")?.children("sheet") ?? []
    guard let vInfo = sheets.first(where: { $0.attribute("name")?.lowercased() == "vinfo" }) else {
      let names = sheets.compactMap { $0.attribute("name") }.joined(separator: ", ")
      throw ImportError.notAnInventory(
        path: input.path, reason: "the workbook has no vInfo sheet (its sheets: \(names)); export vInfo from RVTools.")
    }
    let relationships = try part("xl/_rels/workbook.xml.rels", of: zip, input)
    let sharedStrings =
      zip.archive["xl/sharedStrings.xml"] == nil
      ? [] : try part("xl/sharedStrings.xml", of: zip, input).children("si").map(Self.text(of:))
    let context = (zip: zip, relationships: relationships, sharedStrings: sharedStrings, input: input)
    try readSheet(vInfo, named: "vInfo", mapper: RVToolsVInfoMapper(), context, emit: emit, diagnose: diagnose)
    // The hosts and clusters, when the export has them: today's licences are counted on the hosts.
    if let vHost = sheets.first(where: { $0.attribute("name")?.lowercased() == "vhost" }) {
      try readSheet(vHost, named: "vHost", mapper: RVToolsVHostMapper(), context, emit: emit, diagnose: diagnose)
    }
    if let vCluster = sheets.first(where: { $0.attribute("name")?.lowercased() == "vcluster" }) {
      try readSheet(
        vCluster, named: "vCluster", mapper: RVToolsVClusterMapper(), context, emit: emit, diagnose: diagnose)
    }
  }

  /// Reads one sheet's rows through `mapper`, exactly as its CSV save would be read; rows with no
  /// cell (Excel and LibreOffice re-saves leave hundreds) are skipped.
  private func readSheet(
    _ sheet: XMLNode, named name: String, mapper: some CSVRowMapper,
    _ context: (
      zip: (archive: Archive, parts: ZIPPartReader), relationships: XMLNode, sharedStrings: [String], input: InputFile
    ), emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void
  ) throws {
    // Places in the other sheets name the sheet: `export.xlsx[vHost]:4:1`.
    let input =
      name == "vInfo" ? context.input : InputFile(path: "\(context.input.path)[\(name)]", url: context.input.url)
    guard let id = sheet.attribute("id"),
      let target = context.relationships.children("Relationship").first(where: { $0.attribute("Id") == id })?
        .attribute("Target")
    else {
      throw ImportError.notAnInventory(
        path: context.input.path, reason: "the \(name) sheet's part is not in the workbook.")
    }
    let rows =
      try part(Self.partPath(target), of: context.zip, context.input).child("sheetData")?.children("row") ?? []
    var mapper = mapper
    var sawHeader = false
    for (index, row) in rows.enumerated() {
      let line = row.attribute("r").flatMap { Int($0) } ?? index + 1
      let cells = Self.cells(of: row, sharedStrings: context.sharedStrings)
      guard cells.contains(where: { $0 != nil }) else { continue }
      if !sawHeader {
        let names = cells.enumerated().map {
          CSVHeader.Name(text: $0.element ?? "", location: input.location(line: line, column: $0.offset + 1))
        }
        try mapper.begin(header: names, file: input.path, diagnose: diagnose)
        sawHeader = true
        continue
      }
      var csvRow = CSVRow(location: input.location(line: line, column: 1), decimalComma: false)
      csvRow.cells = cells
      csvRow.locations = cells.indices.map { input.location(line: line, column: $0 + 1) }
      for record in mapper.records(for: csvRow, diagnose: diagnose) { try emit(record) }
    }
    if !sawHeader, name == "vInfo" {
      throw ImportError.notAnInventory(path: input.path, reason: "its vInfo sheet is empty.")
    }
  }

  /// A part of the archive as an XML tree.
  private func part(_ path: String, of zip: (archive: Archive, parts: ZIPPartReader), _ input: InputFile) throws
    -> XMLNode
  {
    guard let entry = zip.archive[path] else {
      throw ImportError.notAnInventory(path: input.path, reason: "the workbook has no part \(path).")
    }
    guard entry.uncompressedSize <= Self.maximumPartSize else {
      throw ImportError.unreadable(path: input.path, reason: "its part \(path) is larger than 1 GiB.")
    }
    let bytes: [UInt8]
    do {
      // Not `archive.extract`: see ZIPPartReader for the damaged archives it never finishes reading.
      bytes = try zip.parts.extract(path, entry: entry)
    } catch let failure as ZIPPartReader.Failure {
      throw ImportError.unreadable(path: input.path, reason: failure.reason(part: path))
    }
    return try XMLDocumentLoader.load(bytes, as: InputFile(path: "\(input.path)[\(path)]", url: input.url))
  }

  /// The archive path of a relationship target (relative to `xl/`, or absolute from the root).
  static func partPath(_ target: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = ["xl"]
    for component in target.split(separator: "/") {
      if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
    }
    return parts.joined(separator: "/")
  }

  /// The text of a rich or plain string item (`<si>`, `<is>`): its `<t>` runs, phonetic runs left out.
  static func text(of item: XMLNode) -> String {
    if item.name == "t" { return item.text }
    if item.name == "rPh" { return "" }
    return item.children.map(text(of:)).joined()
  }

  /// The cells of a row by column (`nil` where empty), placed by their `r` reference (`C5`).
  static func cells(of row: XMLNode, sharedStrings: [String]) -> [String?] {
    var cells: [String?] = []
    for cell in row.children("c") {
      let column = cell.attribute("r").flatMap(columnIndex) ?? cells.count
      let value = cell.child("v")?.text
      let text: String?
      switch cell.attribute("t") {
      case "s":
        text = value.flatMap { Int($0) }.flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil }
      case "inlineStr": text = cell.child("is").map(Self.text(of:))
      case "b": text = value.map { $0 == "1" ? "True" : "False" }
      default: text = value
      }
      guard column < 16_384 else { continue }
      while cells.count <= column { cells.append(nil) }
      let trimmed = text?.trimmedWhitespace
      cells[column] = trimmed?.isEmpty == false ? trimmed : nil
    }
    return cells
  }

  /// The 0-based column of a cell reference (`A1` → 0, `AB7` → 27).
  static func columnIndex(_ reference: String) -> Int? {
    var index = 0
    var letters = 0
    for scalar in reference.unicodeScalars {
      guard ("A"..."Z").contains(scalar) else { break }
      index = index * 26 + Int(scalar.value - 64)
      letters += 1
    }
    return letters == 0 || letters > 3 ? nil : index - 1
  }
}
