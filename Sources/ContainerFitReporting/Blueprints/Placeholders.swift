/// The values a blueprint needs and the inventory does not hold. Each is written where it is needed
/// as `<<FILL: what it is>>` (a string in JSON and YAML) and listed once in the blueprint's README
/// under "To fill in": a blueprint never invents a value (blueprints.md, "Placeholders").
struct Placeholders {
  private(set) var needed: [String] = []

  /// The placeholder for `what`, remembered for the README.
  mutating func fill(_ what: String) -> String {
    if !needed.contains(what) { needed.append(what) }
    return "<<FILL: \(what)>>"
  }
}
