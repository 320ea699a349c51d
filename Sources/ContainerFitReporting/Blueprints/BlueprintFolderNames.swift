/// Folder names for app ids (blueprints.md): no path separators, no `..`, no Windows device names
/// (`CON`, `NUL`, `COM1`…), no characters Windows forbids; two ids that map to the same name get
/// `-2`, `-3`… in the order given.
struct BlueprintFolderNames {
  private var used: Set<String> = []

  static let deviceNames: Set<String> =
    ["CON", "PRN", "AUX", "NUL"].reduce(into: Set<String>()) { $0.insert($1) }
    .union((1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

  mutating func name(for id: String) -> String {
    var base = String(
      id.map { character -> Character in
        if character.isASCII, character.isLetter || character.isNumber || "-_.".contains(character) { return character }
        return "_"
      })
    while base.hasPrefix(".") { base.removeFirst() }
    while base.hasSuffix(".") || base.hasSuffix(" ") { base.removeLast() }
    if base.isEmpty { base = "app" }
    base = String(base.prefix(100))
    let stem = base.split(separator: ".").first.map(String.init)?.uppercased() ?? ""
    if Self.deviceNames.contains(stem) { base = "_" + base }
    var candidate = base
    var suffix = 2
    while used.contains(candidate.lowercased()) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    used.insert(candidate.lowercased())
    return candidate
  }
}
