import ContainerFitImport
import ContainerFitModel
import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// Inputs a client may hand over broken or hostile (docs/reliability.md): each ends in a one-line
/// error naming the place, or in records rejected or warned about with their place, never in a
/// crash, a hang or a silently lost row.
final class HostileInputTests: XCTestCase {
  private let header = "app_id,server_id,name\n"

  func testTruncatedCSVRejectsTheCutRecordAtItsOpeningQuote() throws {
    let folder = try HostileInputFolder()
    try folder.write("cut.csv", header + "A1,S1,Payroll\nA2,S1,\"Trunc")
    let estate = try folder.load("cut.csv")
    XCTAssertEqual(estate.applications.map(\.id), ["A1"])
    XCTAssertEqual(estate.messages, ["cut.csv:3:7: rejected: unterminated quoted field"])
  }

  func testTruncatedJSONIsAFatalErrorAtTheEnd() throws {
    let folder = try HostileInputFolder()
    try folder.write("cut.json", #"{"applications":[{"app_id":"A1","server_id":"S1","name":"x""#)
    XCTAssertEqual(folder.loadError("cut.json"), "cut.json:1:60: the file ends inside an object")
  }

  func testTruncatedXMLIsAFatalErrorWithLibxml2sPlace() throws {
    let folder = try HostileInputFolder()
    try folder.write("cut.xml", #"<inventory><applications><application app_id="A1" server_id="S1"/></applications>"#)
    let message = try XCTUnwrap(folder.loadError("cut.xml"))
    XCTAssertTrue(message.hasPrefix("cut.xml:1:"), message)
    XCTAssertFalse(message.contains("\n"))
  }

  func testNULByteInACSVCellIsRemovedWithAWarning() throws {
    let folder = try HostileInputFolder()
    try folder.write("nul.csv", Array(header.utf8) + Array("A1,S1,Pay".utf8) + [0] + Array("roll\n".utf8))
    let estate = try folder.load("nul.csv")
    XCTAssertEqual(estate.applications.map(\.name), ["Payroll"])
    XCTAssertEqual(
      estate.messages, ["nul.csv:2:7: warning: NUL byte in the value (a binary or damaged file?); it is removed"])
  }

  func testNULByteInJSONAndXMLIsAFatalErrorWithItsPlace() throws {
    let folder = try HostileInputFolder()
    try folder.write("nul.json", Array(#"{"applications":[{"app_id":"A1","server_id":"S1","name":"Pay"#.utf8) + [0])
    XCTAssertEqual(
      folder.loadError("nul.json"), "nul.json:1:61: a control character (0x0) inside a string must be escaped")
    try folder.write(
      "nul.xml", Array(#"<inventory><application app_id="A"#.utf8) + [0] + Array(#""/></inventory>"#.utf8))
    let message = try XCTUnwrap(folder.loadError("nul.xml"))
    XCTAssertTrue(message.hasPrefix("nul.xml:1:"), message)
  }

  func testInvalidUTF8IsDecodedAsWindows1252WithAWarningAndTheRowKept() throws {
    let folder = try HostileInputFolder()
    try folder.write("latin.csv", Array(header.utf8) + Array("A1,S1,Caf".utf8) + [0xE9] + Array("\nA2,S1,ok\n".utf8))
    let estate = try folder.load("latin.csv")
    XCTAssertEqual(estate.applications.map(\.name), ["Café", "ok"])
    XCTAssertEqual(estate.messages, ["latin.csv:2:7: warning: not valid UTF-8; decoded as Windows-1252"])
  }

  func testMixedLineEndingsEachEndARecord() throws {
    let folder = try HostileInputFolder()
    try folder.write("mixed.csv", "app_id,server_id,name\r\nA1,S1,one\nA2,S1,two\rA3,S1,three\r\n")
    let estate = try folder.load("mixed.csv")
    XCTAssertEqual(estate.applications.map(\.name), ["one", "two", "three"])
    XCTAssertEqual(estate.messages, [])
  }

  func testTenMegabyteFieldIsReadWhole() throws {
    let folder = try HostileInputFolder()
    let big = [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
    try folder.write("big.csv", Array(header.utf8) + Array("A1,S1,\"".utf8) + big + Array("\"\nA2,S1,next\n".utf8))
    let estate = try folder.load("big.csv")
    XCTAssertEqual(estate.applications.map(\.name.utf8.count), [10 << 20, 4])
    XCTAssertEqual(estate.messages, [])
  }

  func testMillionColumnsBecomeAttributesWithoutBlowingUp() throws {
    let folder = try HostileInputFolder()
    // Built as one string: appending a million small arrays is slow in a debug build.
    var bytes = Array(("app_id,server_id,name" + (0..<1_000_000).map { ",c\($0)" }.joined()).utf8)
    bytes += Array("\nA1,S1,wide".utf8)
    bytes += [UInt8](repeating: UInt8(ascii: ","), count: 999_999) + Array(",last\n".utf8)
    try folder.write("wide.csv", bytes)
    let estate = try folder.load("wide.csv")
    XCTAssertEqual(estate.applications.map(\.name), ["wide"])
    XCTAssertEqual(estate.rejections, [])
  }

  func testUnbalancedQuoteAtEndOfFileIsRejectedAtTheQuoteAndNamesTheRecord() throws {
    let folder = try HostileInputFolder()
    try folder.write("open.csv", header + "A1,S1,\"never closed\nA2,S1,x\n")
    let estate = try folder.load("open.csv")
    // The quote swallows the lines after it; the rejection points at it so nothing goes unseen.
    XCTAssertEqual(estate.applications.count, 0)
    XCTAssertEqual(estate.messages, ["open.csv:2:7: rejected: unterminated quoted field"])
  }

  func testJSONNestedAHundredThousandDeepStopsAtTheLimit() throws {
    let folder = try HostileInputFolder()
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    try folder.write("deep.json", deep)
    XCTAssertEqual(folder.loadError("deep.json"), "deep.json:1:513: nesting deeper than 512 levels")
    let objects = String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)
    try folder.write("objects.json", objects)
    XCTAssertEqual(folder.loadError("objects.json"), "objects.json:1:2561: nesting deeper than 512 levels")
  }

  func testDuplicateJSONKeyKeepsTheFirstAndWarnsWithBothPlaces() throws {
    let folder = try HostileInputFolder()
    try folder.write("dup.json", #"{"applications":[{"app_id":"A1","app_id":"A2","server_id":"S1","name":"n"}]}"#)
    let estate = try folder.load("dup.json")
    XCTAssertEqual(estate.applications.map(\.id), ["A1"])
    XCTAssertEqual(
      estate.messages,
      ["dup.json:1:33: warning: duplicate key 'app_id': the value at dup.json:1:19 is used and this one is ignored"])
  }

  func testNumbersOutOfRangeAreWarningsAndGaps() throws {
    let folder = try HostileInputFolder()
    try folder.write("nums.csv", "server_id,cores,memory_gb\nS1,NaN,inf\nS2,1e400,-0.5\nS3,-4,8\n")
    let estate = try folder.load("nums.csv")
    XCTAssertEqual(estate.servers.count, 3)
    XCTAssertEqual(
      estate.messages,
      [
        "nums.csv:2:4: warning: cores 'NaN' is not a whole number; treated as missing",
        "nums.csv:2:8: warning: memory_gb 'inf' is not a number; treated as missing",
        "nums.csv:3:4: warning: cores '1e400' is not a whole number; treated as missing",
        "nums.csv:3:10: warning: memory_gb -0.5 is out of range (at least 0); treated as missing",
        "nums.csv:4:4: warning: cores -4 is out of range (1...100000); treated as missing",
      ])
    try folder.write(
      "nums.json",
      #"{"applications":[{"app_id":"A1","server_id":"S1","name":"n","cpu_cores":1e400,"memory_gb":-4}]}"#)
    let json = try folder.load("nums.json")
    XCTAssertEqual(json.applications.count, 1)
    XCTAssertEqual(
      json.messages,
      [
        "nums.json:1:61: warning: cpu_cores '1e400' is not a number; treated as missing",
        "nums.json:1:79: warning: memory_gb -4 is out of range (at least 0); treated as missing",
      ])
    // NaN is not JSON: the file is malformed, and the message says where.
    try folder.write("nan.json", #"{"applications":[{"app_id":"A1","server_id":"S1","cpu_cores":NaN}]}"#)
    XCTAssertEqual(folder.loadError("nan.json"), "nan.json:1:62: expected a value, found 'N'")
  }

  func testXMLExternalEntityIsRefusedAndNotRead() throws {
    let folder = try HostileInputFolder()
    let secret = try folder.write("secret.txt", "TOP-SECRET")
    try folder.write(
      "xxe.xml",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE inventory [\n  <!ENTITY x SYSTEM \"file://\(secret)\">\n]>\n"
        + "<inventory><server server_id=\"S1\" site=\"&x;\"/></inventory>\n")
    XCTAssertEqual(
      folder.loadError("xxe.xml"),
      "xxe.xml:3:3: entity declarations are not allowed in inventory files (possible XML entity expansion attack)")
  }

  func testBillionLaughsFailsFast() throws {
    let folder = try HostileInputFolder()
    var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      document += "  <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    document += "]>\n<inventory><server server_id=\"&lol9;\"/></inventory>\n"
    try folder.write("lol.xml", document)
    let start = Date()
    XCTAssertEqual(
      folder.loadError("lol.xml"),
      "lol.xml:3:3: entity declarations are not allowed in inventory files (possible XML entity expansion attack)")
    XCTAssertLessThan(Date().timeIntervalSince(start), 2)
  }

  func testDTDOnTheNetworkIsNeverFetched() throws {
    let folder = try HostileInputFolder()
    // An address that would hang for the connect timeout if anything tried to reach it.
    try folder.write(
      "net.xml",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE inventory SYSTEM \"http://10.255.255.1/inventory.dtd\">\n"
        + "<inventory><server server_id=\"S1\" hostname=\"h1\"/></inventory>\n")
    let start = Date()
    let estate = try folder.load("net.xml")
    XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    XCTAssertEqual(estate.servers.map(\.id), ["S1"])
  }

  func testXMLNestedAHundredThousandDeepStopsAtTheLimit() throws {
    let folder = try HostileInputFolder()
    try folder.write("deep.xml", "<inventory>" + String(repeating: "<a>", count: 100_000) + "</inventory>")
    XCTAssertEqual(folder.loadError("deep.xml"), "deep.xml:1:777: elements nested deeper than 256 levels")
  }

  func testEmptyFileIsAFatalErrorNamingIt() throws {
    let folder = try HostileInputFolder()
    for name in ["empty.csv", "empty.json", "empty.xml"] {
      try folder.write(name, [])
      XCTAssertEqual(folder.loadError(name), "\(name): not an inventory file: the file is empty")
    }
    try folder.write("blank.csv", "\n \r\n\t\n")
    XCTAssertEqual(folder.loadError("blank.csv"), "blank.csv: not an inventory file: the file holds only whitespace")
  }

  func testFIFOInAFolderIsAnErrorNotAHang() throws {
    // Running as root, no file mode makes a file unreadable; a FIFO is the real-world file that
    // cannot be read (opening it blocks until a writer comes), so it stands for one here.
    let folder = try HostileInputFolder()
    try folder.write("estate/apps.csv", header + "A1,S1,n\n")
    XCTAssertEqual(mkfifo(folder.url.appendingPathComponent("estate/pipe.csv").path, 0o644), 0)
    XCTAssertEqual(
      folder.loadError("estate"), "estate/pipe.csv: cannot be read: not a regular file (a pipe, socket or device)")
    XCTAssertEqual(
      folder.loadError("estate/pipe.csv"),
      "estate/pipe.csv: cannot be read: not a regular file (a pipe, socket or device)")
  }

  func testUnreadableFileInAFolderIsAnErrorNamingIt() throws {
    try XCTSkipIf(getuid() == 0, "running as root, which reads a file of mode 000; the FIFO and symlink tests cover it")
    let folder = try HostileInputFolder()
    let path = try folder.write("estate/secret.csv", header + "A1,S1,n\n")
    XCTAssertEqual(chmod(path, 0), 0)
    XCTAssertEqual(
      folder.loadError("estate"), "estate/secret.csv: cannot be read: permission denied")
  }

  func testSymlinkLoopsInAFolderAreNamedOrNotFollowedTwice() throws {
    let folder = try HostileInputFolder()
    try folder.write("estate/apps.csv", header + "A1,S1,n\n")
    let estate = folder.url.appendingPathComponent("estate")
    // A folder link back to its parent: followed once, each file read once.
    try FileManager.default.createSymbolicLink(
      atPath: estate.appendingPathComponent("again").path, withDestinationPath: "..")
    XCTAssertEqual(try folder.load("estate").applications.map(\.id), ["A1"])
    // A file link to itself: a loop that the system refuses to resolve.
    try FileManager.default.createSymbolicLink(
      atPath: estate.appendingPathComponent("loop.csv").path, withDestinationPath: "loop.csv")
    XCTAssertEqual(
      folder.loadError("estate"),
      "estate/loop.csv: cannot be read: a symbolic link that points nowhere or loops")
  }
}
