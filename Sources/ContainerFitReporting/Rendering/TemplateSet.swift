import Foundation
import Mustache

/// The report templates: the ones shipped in the package, each replaceable by a file of the same
/// name in a consultancy's own folder (`--templates DIR`), so branding needs no rebuild. Templates
/// are logic-less Mustache: they cannot read files or run code, and partials resolve only to the
/// templates loaded here.
public struct TemplateSet: Sendable {
  /// Template names (file names without `.mustache`).
  public static let names = [
    "report.html", "report.css", "report.js", "report.md", "compare.html", "compare.md", "whatif.html", "whatif.md",
  ]

  let library: MustacheLibrary
  /// The raw text of each template (the script's hash goes into the HTML's security policy).
  let sources: [String: String]

  /// Loads the shipped templates, then any override found in `overrides`.
  public init(overrides: String? = nil) throws {
    MarkdownContentType.registerOnce()
    var sources: [String: String] = [:]
    for name in Self.names {
      sources[name] = try Self.shipped(name)
    }
    if let overrides {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: overrides, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw ReportError.templates(path: overrides, reason: "is not a folder")
      }
      for name in Self.names {
        let path = (overrides as NSString).appendingPathComponent(name + ".mustache")
        guard FileManager.default.fileExists(atPath: path) else { continue }
        guard let data = FileManager.default.contents(atPath: path) else {
          throw ReportError.templates(path: path, reason: "cannot be read")
        }
        sources[name] = String(decoding: data, as: UTF8.self)
      }
    }
    var library = MustacheLibrary()
    for name in Self.names.sorted() {
      do {
        try library.register(sources[name] ?? "", named: name)
      } catch {
        throw ReportError.templates(path: name + ".mustache", reason: "is not a valid Mustache template: \(error)")
      }
    }
    self.library = library
    self.sources = sources
  }

  /// Renders a named template with an object.
  func render(_ object: Any, template name: String) throws -> String {
    guard let text = library.render(object, withTemplate: name) else {
      throw ReportError.templates(path: name + ".mustache", reason: "is missing")
    }
    return text
  }

  private static func shipped(_ name: String) throws -> String {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: "mustache", subdirectory: "Templates"),
      let data = try? Data(contentsOf: url)
    else {
      throw ReportError.templates(path: "Templates/\(name).mustache", reason: "is missing from the package resources")
    }
    return String(decoding: data, as: UTF8.self)
  }
}

/// A report that cannot be written.
public enum ReportError: Error, LocalizedError, Equatable, Sendable {
  case templates(path: String, reason: String)
  case output(path: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .templates(let path, let reason): return "template \(path) \(reason)."
    case .output(let path, let reason): return "\(path): cannot write the report: \(reason)."
    }
  }
}
