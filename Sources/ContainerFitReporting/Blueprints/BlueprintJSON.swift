import Foundation

/// JSON text for blueprint files: sorted keys (stable bytes), two-space indentation, slashes kept.
enum BlueprintJSON {
  static func text(_ object: Any) -> String {
    let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: options),
      let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }
    return text + "\n"
  }
}
