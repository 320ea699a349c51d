import ContainerFitImport
import ContainerFitModel
import XCTest

final class XMLSecurityAndErrorTests: XCTestCase {
  private let entityReason =
    "entity declarations are not allowed in inventory files (possible XML entity expansion attack)"

  func testExternalEntityIsNeverResolved() throws {
    let secret = "TOP-SECRET-\(UUID().uuidString)"
    let secretURL = try XMLTestReading.temporaryFile("secret.txt", contents: Data(secret.utf8))
    defer { try? FileManager.default.removeItem(at: secretURL.deletingLastPathComponent()) }

    for use in [#"<server id="s1" site="&x;"/>"#, #"<server id="s1"><site>&x;</site></server>"#] {
      let document = """
        <?xml version="1.0"?>
        <!DOCTYPE inventory [
          <!ENTITY x SYSTEM "file://\(secretURL.path)">
        ]>
        <inventory>\(use)</inventory>
        """
      var records: [RawRecord] = []
      var diagnostics: [Diagnostic] = []
      let url = try XMLTestReading.temporaryFile("xxe.xml", contents: Data(document.utf8))
      defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }

      XCTAssertThrowsError(
        try XMLInventoryReader().read(
          InputFile(path: "xxe.xml", url: url.path), emit: { records.append($0) }, diagnose: { diagnostics.append($0) })
      ) { error in
        XCTAssertEqual(
          error as? ImportError, .malformed(location: .init(file: "xxe.xml", line: 3, column: 3), reason: entityReason))
        XCTAssertFalse("\(error)".contains(secret))
      }
      XCTAssertFalse("\(records)\(diagnostics)".contains(secret))
    }
  }

  func testExternalDTDIsNotLoaded() throws {
    let secret = "TOP-SECRET-\(UUID().uuidString)"
    let dtdURL = try XMLTestReading.temporaryFile(
      "evil.dtd", contents: Data(#"<!ENTITY x "\#(secret)"><!ATTLIST server site CDATA "\#(secret)">"#.utf8))
    defer { try? FileManager.default.removeItem(at: dtdURL.deletingLastPathComponent()) }

    let reading = try XMLTestReading.text(
      """
      <?xml version="1.0"?>
      <!DOCTYPE inventory SYSTEM "file://\(dtdURL.path)">
      <inventory><server id="s1" hostname="h1"/></inventory>
      """)

    XCTAssertEqual(reading.servers.first?.text(of: .serverId), "s1")
    XCTAssertFalse("\(reading.records)\(reading.diagnostics)".contains(secret), "DTD defaults must not be applied")
  }

  func testNetworkDTDIsNotFetched() throws {
    let started = Date()
    let reading = try XMLTestReading.fixture("testNetworkDTDIsNotFetched")

    XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    XCTAssertEqual(reading.servers.first?.text(of: .cores), "2")
  }

  func testBillionLaughsFailsFastWithClearError() throws {
    let started = Date()
    XCTAssertThrowsError(try XMLTestReading.fixture("testBillionLaughsFailsFastWithClearError")) { error in
      XCTAssertEqual(
        "\(error)", "testBillionLaughsFailsFastWithClearError.xml:3:2: \(entityReason)")
    }
    XCTAssertLessThan(Date().timeIntervalSince(started), 0.5)
  }

  func testEntityDeclarationAfterALongPrologIsStillRefused() throws {
    let comments = String(repeating: "<!-- padding padding padding padding padding padding -->\n", count: 500)
    let document = """
      <?xml version="1.0"?>
      \(comments)<!DOCTYPE inventory [
      <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
      ]>
      <inventory><server id="&a;" site="&a;&a;&a;&a;"/></inventory>
      """
    XCTAssertThrowsError(try XMLTestReading.text(document)) { error in
      XCTAssertEqual("\(error)", "inventory.xml:503:1: \(entityReason)")
    }
  }

  func testEntityDeclarationAfterTheRootStartsIsRefusedToo() throws {
    // Far past the prolog: libxml2 sees it, as a syntax error it never declares; the refusal names it.
    let servers = String(repeating: "<server id=\"s\"/>\n", count: 30_000)
    let document = "<inventory>\n\(servers)<!ENTITY x \"y\">\n<server id=\"&x;\"/></inventory>"
    XCTAssertThrowsError(try XMLTestReading.text(document)) { error in
      XCTAssertEqual("\(error)", "inventory.xml:30002:1: \(entityReason)")
    }
  }

  func testEntityDeclarationTextInCommentsAndCDATAIsNoDeclaration() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory>
        <!-- <!ENTITY x "y"> -->
        <server id="s1"><site><![CDATA[<!ENTITY x "y">]]></site></server>
      </inventory>
      """)

    XCTAssertEqual(reading.servers.first?.text(of: .site), #"<!ENTITY x "y">"#)
  }

  func testDocumentTypeWithoutEntitiesIsAccepted() throws {
    let reading = try XMLTestReading.text(
      """
      <!DOCTYPE inventory [ <!ELEMENT inventory ANY> ]>
      <inventory><server id="s1"/></inventory>
      """)

    XCTAssertEqual(reading.servers.count, 1)
  }

  func testMalformedDocumentNamesLibxml2LineAndColumn() throws {
    XCTAssertThrowsError(try XMLTestReading.fixture("testMalformedDocumentNamesLibxml2LineAndColumn")) { error in
      XCTAssertEqual(
        error as? ImportError,
        .malformed(
          location: .init(file: "testMalformedDocumentNamesLibxml2LineAndColumn.xml", line: 3, column: 20),
          reason: "Opening and ending tag mismatch: cores line 3 and core"))
    }
  }

  func testUndefinedEntityIsAMalformedDocument() throws {
    XCTAssertThrowsError(try XMLTestReading.text("<inventory>\n  <server id=\"&nope;\"/>\n</inventory>")) { error in
      guard case .malformed(let location, let reason)? = error as? ImportError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(location.line, 2)
      XCTAssertTrue(reason.contains("nope"), reason)
      XCTAssertFalse(reason.contains("\n"))
    }
  }

  func testEmptyFileIsNotAnInventory() throws {
    for text in ["", "  \n\n  "] {
      XCTAssertThrowsError(try XMLTestReading.text(text, name: "empty.xml")) { error in
        XCTAssertEqual(error as? ImportError, .notAnInventory(path: "empty.xml", reason: "the file is empty."))
      }
    }
  }

  func testMissingFileIsNotFound() {
    XCTAssertThrowsError(try XMLTestReading.read(InputFile(path: "/nonexistent/inventory.xml"))) { error in
      XCTAssertEqual(error as? ImportError, .notFound(path: "/nonexistent/inventory.xml"))
    }
  }

  func testFolderIsUnreadable() {
    let folder = FileManager.default.temporaryDirectory.path
    XCTAssertThrowsError(try XMLTestReading.read(InputFile(path: folder))) { error in
      guard case .unreadable? = error as? ImportError else { return XCTFail("\(error)") }
    }
  }
}
