import ContainerFitImport
import ContainerFitModel
import Foundation
import XCTest

/// A scratch folder for one hostile-input test: files are written into it, loaded through
/// `InventoryLoader` (as the CLI does) under their short names, and the folder is removed after.
final class HostileInputFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("containerfit-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `bytes` to `name` (folders created as needed) and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  /// Loads the named inputs, shown in messages by their names relative to the folder.
  func load(_ names: String...) throws -> Estate {
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(url.path)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    return try InventoryLoader().load(names)
  }

  /// The one-line message of the error the load throws (`nil` when it succeeds).
  func loadError(_ names: String...) -> String? {
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(url.path)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    do {
      _ = try InventoryLoader().load(names)
      return nil
    } catch {
      return "\(error)"
    }
  }
}

extension Estate {
  /// Every rejection and warning as the CLI prints it.
  var messages: [String] { (rejections + warnings).map(\.description) }
}
