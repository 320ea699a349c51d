import ContainerFitModel

/// Tells the real-world exports apart from the canonical formats by their content: the CSV header
/// (after `sep=` and `#TYPE` lines, in any encoding the CSV reader takes), the XML document element,
/// the JSON top-level keys. Works on the first bytes of a file only.
enum InputSniffer {
  /// The adapter for a CSV file, or `nil` for a canonical (or mapped) CSV.
  static func csvFormat(prefix: [UInt8], mapping: ColumnMapping?) -> InputFormat? {
    guard let names = csvHeader(prefix) else { return nil }
    let columns = AdapterColumns(names)
    if RVToolsVInfoMapper.matches(columns) { return .rvtoolsCSV }
    if RVToolsVHostMapper.matches(columns) { return .rvtoolsHostsCSV }
    if RVToolsVClusterMapper.matches(columns) { return .rvtoolsClustersCSV }
    if AzureMigrateMapper.matches(columns) { return .azureMigrate }
    if AWSDiscoveryMapper.matches(columns) { return .awsDiscovery }
    if AWSMigrationEvaluatorMapper.matches(columns) { return .awsMigrationEvaluator }
    if let mapping, mapping.matches(names) { return .mappedCSV }
    return nil
  }

  /// The header names of a CSV file from its first bytes, read by the CSV reader's own parser.
  static func csvHeader(_ prefix: [UInt8]) -> [String]? {
    var bytes = prefix
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.removeFirst(3)
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      var transcoder = UTF16Transcoder(isBigEndian: bytes[0] == 0xFE)
      var output: [UInt8] = []
      bytes.dropFirst(2).withContiguousStorageIfAvailable { transcoder.transcode($0, appendingTo: &output) }
      transcoder.finish(appendingTo: &output)
      bytes = output
    }
    var parser = CSVDocumentParser(input: InputFile(path: ""), mapper: HeaderCapture())
    do {
      _ = try bytes.withUnsafeBufferPointer { try parser.consume($0, atEOF: true, emit: { _ in }, diagnose: { _ in }) }
    } catch let captured as HeaderCapture.Captured {
      return captured.names
    } catch {
      return nil
    }
    return nil
  }

  /// The adapter for an XML file from its document element, or `nil` for the canonical XML.
  static func xmlFormat(prefix: [UInt8]) -> InputFormat? {
    // UTF-16 markup is ASCII with a zero byte beside each character.
    let text = String(decoding: prefix.filter { $0 != 0 && $0 < 0x80 }, as: UTF8.self)
    guard let root = rootElement(text) else { return nil }
    if root == "Objs", text.contains("schemas.microsoft.com/powershell") { return .clixml }
    if root == "appcmd" { return .iisAppcmd }
    if root == "configuration", text.contains("system.applicationHost") { return .iisAppcmd }
    return nil
  }

  /// The name of the first element (after the declaration, comments and the document type).
  static func rootElement(_ text: String) -> String? {
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "<") {
      let after = rest[rest.index(after: open)...]
      if after.hasPrefix("?") || after.hasPrefix("!") {
        guard let close = after.firstIndex(of: ">") else { return nil }
        rest = after[after.index(after: close)...]
        continue
      }
      let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
      return name.split(separator: ":").last.map(String.init)
    }
    return nil
  }

  /// App2Container's files from their top-level keys, or `nil` for a canonical JSON document.
  static func jsonFormat(prefix: [UInt8]) -> InputFormat? {
    var tokenizer = JSONTokenizer(bytes: prefix)
    guard (try? tokenizer.next()) == .objectStart, case .key(let key)? = try? tokenizer.next() else { return nil }
    if App2ContainerAdapter.analysisKeys.contains(key) { return .app2container }
    // inventory.json: application ids mapping to objects with an applicationType.
    guard (try? tokenizer.next()) == .objectStart else { return nil }
    while case .key(let inner)? = try? tokenizer.next() {
      if inner == "applicationType" { return .app2container }
      guard let token = try? tokenizer.next() else { return nil }
      guard (try? JSONRecordBuilder.skipValue(startingWith: token, from: &tokenizer)) != nil else { return nil }
    }
    return nil
  }
}

/// Captures a CSV header and stops the parser there.
private struct HeaderCapture: CSVRowMapper {
  struct Captured: Error {
    var names: [String]
  }

  func begin(header: [CSVHeader.Name], file: String, diagnose: (Diagnostic) -> Void) throws {
    throw Captured(names: header.map(\.text))
  }

  func records(for row: CSVRow, diagnose: (Diagnostic) -> Void) -> [RawRecord] { [] }
}
