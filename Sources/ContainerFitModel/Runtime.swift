/// An application runtime parsed from its schema string (`dotnet-framework-4.8`, `dotnet-8`,
/// `classic-asp`, `java-17`, `native`, `python-3`, `node-20`, ...).
public struct Runtime: Hashable, Codable, Sendable, CustomStringConvertible {
  public enum Family: String, Codable, Sendable, Hashable {
    /// .NET Framework 1.x-4.x (Windows only).
    case dotnetFramework = "dotnet-framework"
    /// .NET Core / .NET 5+ (cross-platform, Nano Server capable from 6).
    case dotnet
    case classicASP = "classic-asp"
    case java
    case native
    case python
    case node
    case go
    case other
  }

  public var family: Family
  /// The version as written (`4.8`, `8`, `17`), when any.
  public var version: String? {
    didSet { numericVersion = Self.numericVersion(of: version) }
  }
  /// The text as given.
  public var raw: String
  /// The version as a decimal for comparisons (`3.5` → 3.5, `4.7.2` → 4.7), read once: the runtime
  /// and image-size rules and the base image chooser compare it for every application.
  public private(set) var numericVersion: Double?

  private enum CodingKeys: String, CodingKey {
    case family, version, raw
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    family = try container.decode(Family.self, forKey: .family)
    version = try container.decodeIfPresent(String.self, forKey: .version)
    raw = try container.decode(String.self, forKey: .raw)
    numericVersion = Self.numericVersion(of: version)
  }

  public init(parsing text: String) {
    raw = text
    let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
    let prefixes: [(String, Family)] = [
      ("dotnet-framework", .dotnetFramework), ("dotnetframework", .dotnetFramework), ("netfx", .dotnetFramework),
      ("dotnet-core", .dotnet), ("dotnet", .dotnet), ("classic-asp", .classicASP), ("asp", .classicASP),
      ("java", .java), ("native", .native), ("python", .python), ("node", .node), ("go", .go),
    ]
    for (prefix, family) in prefixes where lower.hasPrefix(prefix) {
      self.family = family
      let rest = lower.dropFirst(prefix.count).drop(while: { $0 == "-" || $0 == " " || $0 == "_" })
      version = rest.isEmpty ? nil : String(rest)
      numericVersion = Self.numericVersion(of: version)
      return
    }
    family = .other
    version = nil
  }

  /// The major version as a number (`4.8` → 4, `8` → 8), when it parses.
  public var majorVersion: Int? { version.flatMap { Int($0.split(separator: ".").first ?? "") } }

  /// The first two non-empty parts of `version` between dots, as a decimal.
  private static func numericVersion(of version: String?) -> Double? {
    guard let version else { return nil }
    var parts: (Substring?, Substring?) = (nil, nil)
    var start = version.startIndex
    var index = start
    while parts.1 == nil {
      let atEnd = index == version.endIndex
      if atEnd || version.utf8[index] == UInt8(ascii: ".") {
        if start < index {
          if parts.0 == nil { parts.0 = version[start..<index] } else { parts.1 = version[start..<index] }
        }
        if atEnd { break }
        start = version.utf8.index(after: index)
      }
      index = version.utf8.index(after: index)
    }
    guard let major = parts.0 else { return nil }
    guard let minor = parts.1 else { return Double(major) }
    return Double(major + "." + minor)
  }

  public var description: String { raw }
}

extension String {
  func trimmingCharacters(in set: Set<Character>) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}

extension Set where Element == Character {
  static let whitespaces: Set<Character> = [" ", "\t", "\r", "\n"]
}
