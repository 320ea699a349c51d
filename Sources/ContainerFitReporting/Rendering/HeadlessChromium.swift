import Foundation

/// Prints an HTML page to PDF with headless Chromium, the browser the HTML report is checked in.
/// Found on `PATH` (`chromium`, `chromium-browser`, `google-chrome`) or at the usual Debian paths.
public struct HeadlessChromium: Sendable {
  public let executable: String

  static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
  static let debianPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

  /// The installed browser; throws `ReportOutputError.needsChromium` naming the package when none is.
  public static func find() throws -> HeadlessChromium {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let candidates =
      path.split(separator: ":").flatMap { folder in names.map { "\(folder)/\($0)" } } + debianPaths
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      throw ReportOutputError.needsChromium
    }
    return HeadlessChromium(executable: found)
  }

  /// Prints `html` (a file) to the new file `pdf`. The page's own `@page` rules set the paper and the
  /// margin texts; Chromium's header and footer are off. Its network is off too: the report makes no
  /// request, and a proxy that does not exist makes sure of it.
  public func print(html: String, to pdf: String) throws {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "containerfit-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--user-data-dir=\(profile.path)", "--proxy-server=http://127.0.0.1:9", "--no-pdf-header-footer",
      "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString,
    ]
    let log = Pipe()
    process.standardOutput = log
    process.standardError = log
    try process.run()
    let output = log.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
      let text = String(decoding: output, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " ")
      throw ReportOutputError.cannotWrite(path: pdf, reason: "Chromium could not print it (\(text))")
    }
  }

  /// Prints the HTML text `html` into the new file `pdf`, with the dates Chromium writes into it set
  /// to `date` (so the same run gives the same bytes): the date fields keep their length, so no
  /// offset in the file moves.
  public func print(htmlText html: String, to pdf: String, date: Date) throws {
    let page = FileManager.default.temporaryDirectory.appendingPathComponent("containerfit-\(UUID().uuidString).html")
    defer { try? FileManager.default.removeItem(at: page) }
    try Data(html.utf8).write(to: page)
    try print(html: page.path, to: pdf)
    try Self.stampDates(in: pdf, date: date)
  }

  /// Replaces every `/CreationDate (D:…)` and `/ModDate (D:…)` value with `date` in UTC.
  static func stampDates(in path: String, date: Date) throws {
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMddHHmmss"
    let stamp = Array(("D:" + formatter.string(from: date) + "+00'00'").utf8)
    for key in ["/CreationDate (", "/ModDate ("] {
      let needle = Array(key.utf8)
      var index = 0
      while let found = find(needle, in: bytes, from: index) {
        let start = found + needle.count
        guard let end = bytes[start...].firstIndex(of: UInt8(ascii: ")")) else { break }
        if end - start == stamp.count { bytes.replaceSubrange(start..<end, with: stamp) }
        index = end
      }
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var index = start
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle { return index }
      index += 1
    }
    return nil
  }
}
