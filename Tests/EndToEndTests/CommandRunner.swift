import Foundation
import XCTest

/// Runs the built `containerfit` binary, as a user would, and captures what it prints.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CommandRunner {
  /// The folder holding the built products (the test bundle's sibling on Linux).
  static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
      fatalError("couldn't find the products directory")
    #else
      return Bundle.main.bundleURL
    #endif
  }

  /// The repository root (for `Inventories/`).
  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws
    -> CommandResult
  {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("containerfit")
    process.arguments = arguments
    process.currentDirectoryURL = folder ?? repositoryRoot
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Output goes to temporary files: a pipe could fill and block the child before it exits.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("containerfit-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
