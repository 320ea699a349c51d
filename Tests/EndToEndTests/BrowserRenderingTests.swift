import Foundation
import XCTest

/// Opens the sample report in a real browser (headless Chromium, when installed): the page must
/// load, log nothing to the console and make no network request.
final class BrowserRenderingTests: XCTestCase {
  private func chromium() throws -> String {
    for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    where FileManager.default.isExecutableFile(atPath: path) {
      return path
    }
    throw XCTSkip("Chromium is not installed (apt-get install chromium); the browser rendering check is skipped.")
  }

  private func render(_ page: URL, proxyPort: UInt16, screenshot: URL) throws -> (status: Int32, log: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try chromium())
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
      "--enable-logging=stderr", "--v=0", "--proxy-server=http://127.0.0.1:\(proxyPort)",
      "--proxy-bypass-list=<-loopback>", "--window-size=1280,3000", "--screenshot=\(screenshot.path)",
      page.absoluteString,
    ]
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString).log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let handle = try FileHandle(forWritingTo: log)
    process.standardError = handle
    process.standardOutput = handle
    try process.run()
    process.waitUntilExit()
    try handle.close()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
  }

  func testSampleReportLoadsWithNoConsoleErrorsAndNoNetworkRequests() throws {
    _ = try chromium()
    let listener = try LoopbackListener()
    defer { listener.stop() }
    let page = CommandRunner.repositoryRoot.appendingPathComponent("Reports/harbourline/report.html")
    let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).png")
    defer { try? FileManager.default.removeItem(at: screenshot) }
    let result = try render(page, proxyPort: listener.port, screenshot: screenshot)
    XCTAssertEqual(result.status, 0, result.log)
    let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
    XCTAssertGreaterThan(size, 20_000, "the screenshot should show a rendered page")
    let console = result.log.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Refused to") }
    XCTAssertEqual(console, [], "the report must log nothing to the console")
    XCTAssertEqual(listener.pageRequests, [], "the report must make no network request")
  }

  /// The page's width and the window's, as Chromium lays the page out in a window `width` wide:
  /// a copy of the page with a script that writes both into its title (the report's own policy,
  /// which allows no such script, is left out of the copy).
  private func layoutWidths(of page: URL, width: Int) throws -> (page: Int, window: Int) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var html = try String(contentsOf: page, encoding: .utf8)
    if let policy = html.range(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, options: .regularExpression) {
      html.removeSubrange(policy)
    }
    html = html.replacingOccurrences(
      of: "</body>",
      with: "<script>document.title = 'layout ' + document.documentElement.scrollWidth + ' '"
        + " + document.documentElement.clientWidth;</script></body>")
    let copy = folder.appendingPathComponent("page.html")
    try html.write(to: copy, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try chromium())
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=\(width),900", "--dump-dom",
      copy.absoluteString,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard let title = dom.range(of: #"<title>layout \d+ \d+</title>"#, options: .regularExpression) else {
      throw XCTSkip("Chromium did not run the measuring script")
    }
    let numbers = dom[title].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    return (numbers[0], numbers[1])
  }

  func testTheSampleReportsFitA1280PixelWindowWithoutScrollingSideways() throws {
    for path in [
      "Reports/harbourline/report.html", "Reports/harbourline-whatif/whatif.html", "Reports/kestrel/report.html",
      "Reports/kestrel-first-look/report.html",
    ] {
      let widths = try layoutWidths(of: CommandRunner.repositoryRoot.appendingPathComponent(path), width: 1280)
      XCTAssertLessThanOrEqual(widths.page, widths.window, "\(path) scrolls sideways in a 1280-pixel window")
    }
    // The control: a page wider than its window is measured as such.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wide-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let wide = folder.appendingPathComponent("wide.html")
    try "<html><body><div style=\"width:2000px\">wide</div></body></html>".write(
      to: wide, atomically: true, encoding: .utf8)
    let control = try layoutWidths(of: wide, width: 1280)
    XCTAssertGreaterThan(control.page, control.window)
  }

  func testTheHarnessSeesARequestAndAConsoleMessage() throws {
    // The control: a page that does both, so the checks above can fail.
    _ = try chromium()
    let listener = try LoopbackListener()
    defer { listener.stop() }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("leaky.html")
    try Data(
      #"<html><body><script>console.error("x")</script><img src="http://example.test/x.png"></body></html>"#.utf8
    )
    .write(to: page)
    let result = try render(page, proxyPort: listener.port, screenshot: folder.appendingPathComponent("s.png"))
    XCTAssertTrue(result.log.contains("CONSOLE"), result.log)
    XCTAssertTrue(listener.pageRequests.contains { $0.contains("example.test") }, "\(listener.pageRequests)")
  }
}
