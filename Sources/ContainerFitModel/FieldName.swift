/// The one place where field names are normalised and resolved to canonical fields.
///
/// Names match case-insensitively, ignoring spaces, `_`, `-` and `.` (`Server ID`, `server_id`,
/// `serverId` and `SERVER-ID` are the same field). Server fields may carry a `server_` prefix,
/// which is how an application row names its server's `memory_gb`.
public enum FieldName {
  /// Whether a resolved name describes a record's own field or one of its server's.
  public enum Context: Sendable {
    /// A server record: `memory_gb` is the server's memory.
    case server
    /// An application record (possibly with server fields): `memory_gb` is the app's demand.
    case application
  }

  /// Lower-cases and drops spaces, `_`, `-` and `.`; trims surrounding whitespace.
  public static func normalize(_ name: some StringProtocol) -> String {
    var out = ""
    out.reserveCapacity(name.utf8.count)
    for scalar in name.unicodeScalars {
      switch scalar {
      case " ", "_", "-", ".", "\t", "\u{FEFF}": continue
      default: out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return out
  }

  /// The canonical field a name denotes in the given context, or `nil` for an unknown
  /// (free-form attribute) name.
  public static func resolve(_ name: some StringProtocol, in context: Context) -> Field? {
    let key = normalize(name)
    if let field = exact[key] {
      if field == .appMemoryGB, context == .server { return .serverMemoryGB }
      return field
    }
    if key.hasPrefix("server"), key.count > 6 {
      let rest = String(key.dropFirst(6))
      if rest == "memorygb" { return .serverMemoryGB }
      if let field = exact[rest], field.isServerField { return field }
    }
    return nil
  }

  /// Whether a normalised header denotes an application identifier (what makes a CSV an
  /// application file).
  public static func isApplicationKey(_ name: some StringProtocol) -> Bool {
    exact[normalize(name)] == .appId
  }

  private static let exact: [String: Field] = {
    var table: [String: Field] = [:]
    for field in Field.allCases where field != .serverMemoryGB {
      table[normalize(field.rawValue)] = field
    }
    // Synonyms seen in exports of the canonical shape.
    table["applicationid"] = .appId
    table["appname"] = .name
    table["applicationname"] = .name
    table["dependency"] = .dependencies
    table["host"] = .hostname
    table["dnsname"] = .hostname
    table["codepage"] = .ansiCodePage
    table["vcpus"] = .cores
    return table
  }()
}
