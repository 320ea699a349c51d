import Foundation
import XCTest

/// `report.pdf` printed by headless Chromium and read back with poppler's `pdftotext` and
/// `pdftoppm`, as a reader would see it. `.ci/run` installs both and sets `REQUIRE_PDF_TOOLS=1`,
/// which makes their absence a failure rather than a skip.
final class PDFReportTests: XCTestCase {
  static let epoch = "1795910400"

  func requireTools() throws {
    let tools = ["/usr/bin/pdftotext", "/usr/bin/pdftoppm", "/usr/bin/pdfinfo"]
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    let missing =
      tools.filter { !FileManager.default.isExecutableFile(atPath: $0) }
      + (chromium.contains { FileManager.default.isExecutableFile(atPath: $0) } ? [] : ["chromium"])
    guard !missing.isEmpty else { return }
    let reason = "PDF checks need \(missing.joined(separator: ", ")) (apt-get install chromium poppler-utils)"
    guard ProcessInfo.processInfo.environment["REQUIRE_PDF_TOOLS"] == "1" else { throw XCTSkip(reason) }
    XCTFail(reason)
  }

  static func tool(_ name: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/\(name)")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }

  static func pageCount(_ pdf: URL) throws -> Int {
    let info = String(decoding: try tool("pdfinfo", [pdf.path]), as: UTF8.self)
    let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
    return Int(line.split(separator: " ").last ?? "") ?? 0
  }

  static func text(_ pdf: URL, page: Int) throws -> String {
    String(
      decoding: try tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf.path, "-"]), as: UTF8.self)
  }

  /// How far down the printable area a page's content reaches, 0…1: the last row with ink above the
  /// bottom margin (where the page number is), from a 30-dpi grey rendering.
  static func fullness(_ pdf: URL, page: Int) throws -> Double {
    let data = [UInt8](try tool("pdftoppm", ["-f", "\(page)", "-l", "\(page)", "-r", "30", "-gray", pdf.path]))
    // PGM (P5): "P5\n<width> <height>\n<max>\n" then one byte per pixel.
    var fields: [Int] = []
    var index = 2
    while fields.count < 3 {
      while data[index] == 0x20 || data[index] == 0x0A { index += 1 }
      var value = 0
      while data[index] >= 0x30, data[index] <= 0x39 {
        value = value * 10 + Int(data[index] - 0x30)
        index += 1
      }
      fields.append(value)
    }
    let (width, height) = (fields[0], fields[1])
    let pixels = Array(data[(index + 1)...])
    // The margins: 16 mm top, 17 mm bottom of 297 mm (A4).
    let top = Int(Double(height) * 16 / 297)
    let bottom = height - Int(Double(height) * 17 / 297)
    var last = top
    for row in top..<bottom where pixels[(row * width)..<(row * width + width)].contains(where: { $0 < 200 }) {
      last = row
    }
    return Double(last - top) / Double(bottom - top)
  }

  func testReportPDFIsTypesetPageNumberedAndHasNoNearlyEmptyPage() throws {
    try requireTools()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      [
        "assess", "Inventories/harbourline", "--quiet", "--no-history", "--formats", "pdf", "--client",
        "Harbourline Freight", "--out", folder.path,
      ], environment: ["SOURCE_DATE_EPOCH": Self.epoch])
    XCTAssertEqual(result.status, 0, result.stderr)
    let pdf = folder.appendingPathComponent("report.pdf")
    let pages = try Self.pageCount(pdf)
    // 157 applications: at most 20 pages per 100 applications, appendices included.
    XCTAssertGreaterThan(pages, 5)
    XCTAssertLessThanOrEqual(Double(pages) / 157 * 100, 20, "\(pages) pages")
    let texts = try (1...pages).map { try Self.text(pdf, page: $0) }
    let chapters = ["Applications", "Methodology"]
    for page in 1...pages {
      let text = texts[page - 1]
      XCTAssertTrue(text.contains("Page \(page) of \(pages)"), "page \(page) carries its number")
      if page > 1 { XCTAssertTrue(text.contains("Harbourline Freight"), "page \(page) carries the client") }
      // A page may be short only when the next one starts a chapter, or it is the last.
      let nextStartsChapter =
        page < pages
        && chapters.contains { chapter in
          texts[page].split(separator: "\n").dropFirst().first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
            .trimmingCharacters(in: .whitespaces) == chapter
        }
      if page < pages, !nextStartsChapter {
        XCTAssertGreaterThan(try Self.fullness(pdf, page: page), 0.25, "page \(page) is under a quarter full")
      }
      // No heading ends a page: the last line of text above the footer is not a section title.
      let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      if let lastBody = lines.dropLast().last {
        for heading in ["Executive summary", "Verdicts and scores", "Most frequent findings", "Blockers", "Effort"] {
          XCTAssertNotEqual(lastBody, heading, "page \(page) ends with the heading \(heading)")
        }
      }
    }
    // The same run prints the same bytes (the browser's dates are the run's).
    let again = folder.appendingPathComponent("again")
    let second = try CommandRunner.run(
      [
        "assess", "Inventories/harbourline", "--quiet", "--no-history", "--formats", "pdf", "--client",
        "Harbourline Freight", "--out", again.path,
      ], environment: ["SOURCE_DATE_EPOCH": Self.epoch])
    XCTAssertEqual(second.status, 0, second.stderr)
    XCTAssertEqual(try Data(contentsOf: pdf), try Data(contentsOf: again.appendingPathComponent("report.pdf")))
  }

  /// Reports/harbourline/report.pdf says what the code prints now (compared as text: the bytes also
  /// depend on the browser's version and fonts).
  func testSamplePDFIsCurrent() throws {
    try requireTools()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-sample-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      SampleReportsTests.arguments + ["--formats", "pdf", "--out", folder.path],
      environment: ["SOURCE_DATE_EPOCH": Self.epoch])
    XCTAssertEqual(result.status, 0, result.stderr)
    let text = { (url: URL) in String(decoding: try Self.tool("pdftotext", ["-layout", url.path, "-"]), as: UTF8.self) }
    let committed = CommandRunner.repositoryRoot.appendingPathComponent("Reports/harbourline/report.pdf")
    XCTAssertEqual(
      try text(folder.appendingPathComponent("report.pdf")), try text(committed),
      "Reports/harbourline/report.pdf is stale: run scripts/refresh-reports")
  }

  func testLetterPaperAndTheWhatIfPDF() throws {
    try requireTools()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-letter-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run([
      "whatif", "Inventories/harbourline", "--quiet", "--no-history", "--pdf", "--paper", "letter", "--vary",
      "isolation=process,hyperv", "--out", folder.path,
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let info = String(
      decoding: try Self.tool("pdfinfo", [folder.appendingPathComponent("whatif.pdf").path]), as: UTF8.self)
    XCTAssertTrue(info.contains("(letter)"), info)
  }
}
