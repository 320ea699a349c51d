import ContainerFitModel

/// Writes a canonical inventory in one of its formats, a server (with its applications) at a time.
public enum InventoryWriter {
  /// The formats `generate` can write.
  public enum Format: String, CaseIterable, Sendable {
    case csv, json, jsonl, xml
  }

  /// Streams the generator's estate into `path` in `format`, atomically.
  public static func write(_ generator: EstateGenerator, format: Format, to path: String) throws {
    let file = try StreamingFileWriter(path: path)
    do {
      switch format {
      case .csv: try writeCSV(generator, file)
      case .json: try writeJSON(generator, file)
      case .jsonl: try writeJSONLines(generator, file)
      case .xml: try writeXML(generator, file)
      }
      try file.commit()
    } catch {
      file.abandon()
      throw error
    }
  }

  /// One flat row per application, its server's fields `server_`-prefixed: the single-file export.
  private static func writeCSV(_ generator: EstateGenerator, _ file: StreamingFileWriter) throws {
    let serverColumns = CanonicalFields.serverNames.dropFirst()  // server_id is already an app column
    let header = CanonicalFields.applicationNames + serverColumns.map { "server_\($0)" }
    try file.write(header.joined(separator: ",") + "\n")
    try generator.forEach { server, apps in
      let serverValues = CanonicalFields.values(of: server).dropFirst().map { csvCell($0) }
      for app in apps {
        let cells = CanonicalFields.values(of: app).map { csvCell($0) } + serverValues
        try file.write(cells.joined(separator: ",") + "\n")
      }
    }
  }

  private static func writeJSON(_ generator: EstateGenerator, _ file: StreamingFileWriter) throws {
    try file.write("{\"servers\": [\n")
    var first = true
    try generator.forEach { server, apps in
      var text = first ? "" : ",\n"
      first = false
      text += "{" + jsonMembers(CanonicalFields.serverNames, CanonicalFields.values(of: server))
      text += ", \"applications\": [\n"
      text += apps.map { app in
        "  {" + jsonMembers(CanonicalFields.applicationNames, CanonicalFields.values(of: app), skip: "server_id") + "}"
      }.joined(separator: ",\n")
      text += "]}"
      try file.write(text)
    }
    try file.write("\n]}\n")
  }

  private static func writeJSONLines(_ generator: EstateGenerator, _ file: StreamingFileWriter) throws {
    try generator.forEach { server, apps in
      var text =
        "{\"type\": \"server\", " + jsonMembers(CanonicalFields.serverNames, CanonicalFields.values(of: server))
      text += "}\n"
      for app in apps {
        text += "{\"type\": \"application\", "
        text += jsonMembers(CanonicalFields.applicationNames, CanonicalFields.values(of: app)) + "}\n"
      }
      try file.write(text)
    }
  }

  private static func writeXML(_ generator: EstateGenerator, _ file: StreamingFileWriter) throws {
    try file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<inventory>\n")
    try generator.forEach { server, apps in
      var text =
        "  <server"
        + xmlAttributes(CanonicalFields.serverNames, CanonicalFields.values(of: server), idName: "server_id") + ">\n"
      for app in apps {
        var names = CanonicalFields.applicationNames
        var values = CanonicalFields.values(of: app)
        let dependencies = app.dependencies?.sorted().map(\.rawValue) ?? []
        if let index = names.firstIndex(of: "dependencies") {
          names.remove(at: index)
          values.remove(at: index)
        }
        if let index = names.firstIndex(of: "server_id") {
          names.remove(at: index)
          values.remove(at: index)
        }
        text += "    <application" + xmlAttributes(names, values, idName: "app_id")
        if dependencies.isEmpty {
          text += "/>\n"
        } else {
          text += ">" + dependencies.map { "<dependency>\($0)</dependency>" }.joined() + "</application>\n"
        }
      }
      try file.write(text + "  </server>\n")
    }
    try file.write("</inventory>\n")
  }

  static func csvCell(_ value: String?) -> String {
    guard let value else { return "" }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
  }

  private static func jsonMembers(_ names: [String], _ values: [String?], skip: String? = nil) -> String {
    var members: [String] = []
    for (name, value) in zip(names, values) where name != skip {
      guard let value else { continue }
      if name == "dependencies" {
        let items = value.split(separator: ";").map { "\"\(jsonEscape(String($0)))\"" }
        members.append("\"\(name)\": [\(items.joined(separator: ", "))]")
      } else if CanonicalFields.isNumeric(name) || CanonicalFields.booleanNames.contains(name) {
        members.append("\"\(name)\": \(value)")
      } else {
        members.append("\"\(name)\": \"\(jsonEscape(value))\"")
      }
    }
    return members.joined(separator: ", ")
  }

  private static func xmlAttributes(_ names: [String], _ values: [String?], idName: String) -> String {
    var text = ""
    for (name, value) in zip(names, values) {
      guard let value else { continue }
      text += " \(name == idName ? "id" : name)=\"\(xmlEscape(value))\""
    }
    return text
  }

  static func jsonEscape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  static func xmlEscape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default: out.append(character)
      }
    }
    return out
  }
}

extension CanonicalFields {
  static let numericNames: Set<String> = [
    "os_build", "cores", "memory_gb", "disk_gb", "cpu_util_pct", "mem_util_pct", "ansi_code_page",
    "install_size_mb", "cpu_cores", "memory_avg_gb", "instances",
  ]

  static let booleanNames: Set<String> = ["code_page_sensitive", "in_memory_state"]

  static func isNumeric(_ name: String) -> Bool { numericNames.contains(name) }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
