/// An application runtime parsed from its schema string (`dotnet-framework-4.8`, `dotnet-8`,
/// `classic-asp`, `java-17`, `native`, `python-3`, `node-20`, ...).
public struct Runtime: Hashable, Sendable, CustomStringConvertible {
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

  public let family: Family
  /// The version as written (`4.8`, `8`, `17`), when any.
  public let version: String?
  /// The text as given.
  public let raw: String
  /// The version as a decimal for comparisons (`3.5` → 3.5, `4.7.2` → 4.7), made once with the
  /// runtime: the runtime and image-size rules and the base image chooser compare it for every
  /// application.
  public let numericVersion: Double?

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
      numericVersion = version.flatMap { Double($0.split(separator: ".").prefix(2).joined(separator: ".")) }
      return
    }
    family = .other
    version = nil
    numericVersion = nil
  }

  /// The major version as a number (`4.8` → 4, `8` → 8), when it parses.
  public var majorVersion: Int? { version.flatMap { Int($0.split(separator: ".").first ?? "") } }

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
