/// The fixed XML parts of a one-sheet SpreadsheetML workbook, and the column references they need.
enum XLSXPackageParts {
  static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

  static let contentTypes =
    header
    + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    + #"<Default Extension="xml" ContentType="application/xml"/>"#
    + #"<Override PartName="/xl/workbook.xml" "#
    + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
    + #"<Override PartName="/xl/worksheets/sheet1.xml" "#
    + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
    + #"<Override PartName="/xl/styles.xml" "#
    + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
    + "</Types>"

  static let packageRelationships =
    header + #"<Relationships xmlns="\#(packageRelationshipNamespace)">"#
    + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
    + "</Relationships>"

  static let workbookRelationships =
    header + #"<Relationships xmlns="\#(packageRelationshipNamespace)">"#
    + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/worksheet" Target="worksheets/sheet1.xml"/>"#
    + #"<Relationship Id="rId2" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#
    + "</Relationships>"

  /// Style 0 is the default font; style 1 (`s="1"`) is bold, for the header row.
  static let styles =
    header + #"<styleSheet xmlns="\#(mainNamespace)">"#
    + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
    + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
    + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
    + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
    + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
    + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
    + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
    + "</styleSheet>"

  /// The workbook part; `filterRange` (e.g. `$A$1:$O$1001`) names the auto-filter range as Excel does.
  static func workbook(sheetName: String, filterRange: String?) -> String {
    let name = XMLEscaper.escape(sheetName)
    var xml =
      header + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
      + #"<bookViews><workbookView/></bookViews>"#
      + #"<sheets><sheet name="\#(name)" sheetId="1" r:id="rId1"/></sheets>"#
    if let filterRange {
      let quoted = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'"
      xml +=
        #"<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">"#
        + XMLEscaper.escape(quoted) + "!" + filterRange + "</definedName></definedNames>"
    }
    return xml + "</workbook>"
  }

  /// The worksheet's opening up to `<sheetData>`: frozen header row and column widths.
  static func worksheetStart(columnWidths: [Int]) -> String {
    var xml =
      header + #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
      + #"<sheetViews><sheetView workbookViewId="0">"#
      + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
      + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
      + #"<sheetFormatPr defaultRowHeight="15"/>"#
    if !columnWidths.isEmpty {
      xml += "<cols>"
      for (index, width) in columnWidths.enumerated() {
        xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
      }
      xml += "</cols>"
    }
    return xml + "<sheetData>"
  }

  /// The worksheet's closing: the auto-filter over the used range (after `sheetData`, as the schema orders).
  static func worksheetEnd(filterReference: String?) -> String {
    var xml = "</sheetData>"
    if let filterReference { xml += #"<autoFilter ref="\#(filterReference)"/>"# }
    return xml + "</worksheet>"
  }

  /// `columnName(index)` appended to `bytes` letter by letter: a reference follows every empty cell
  /// of a million rows, and a string per reference cost more than the cell.
  static func appendColumnName(_ index: Int, to bytes: inout ByteBuffer) {
    if index >= 26 { appendColumnName(index / 26 - 1, to: &bytes) }
    bytes.append(UInt8(ascii: "A") + UInt8(index % 26))
  }

  /// The column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA.
  static func columnName(_ index: Int) -> String {
    var bytes = ByteBuffer(capacity: 4)
    appendColumnName(index, to: &bytes)
    return bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
  }
}
