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
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a large output cannot block the child.
    nonisolated(unsafe) var outData = Data()
    var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      outData = out.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
