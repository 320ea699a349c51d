import ContainerFitImport
import ContainerFitModel
import XCTest

final class XMLInventoryReaderTests: XCTestCase {
  func testSchemaExampleIsRead() throws {
    let reading = try XMLTestReading.fixture("testSchemaExampleIsRead")

    XCTAssertEqual(reading.records.map(\.kind), [.server, .application, .application])
    let server = reading.records[0]
    XCTAssertEqual(server.text(of: .serverId), "srv-001")
    XCTAssertEqual(server.text(of: .hostname), "WEB01")
    XCTAssertEqual(server.text(of: .osName), "Windows Server 2019 Standard")
    XCTAssertEqual(server.text(of: .cores), "8")
    XCTAssertEqual(server.text(of: .serverMemoryGB), "32")
    XCTAssertEqual(server.place, "2:3")
    XCTAssertEqual(server.place(of: .cores), "2:3")

    let nested = reading.records[1]
    XCTAssertEqual(nested.text(of: .appId), "app-001")
    XCTAssertEqual(nested.text(of: .name), "Payroll Portal")
    XCTAssertEqual(nested.text(of: .kind), "iis-site")
    XCTAssertEqual(nested.text(of: .runtime), "dotnet-framework-4.8")
    XCTAssertEqual(nested.text(of: .serverId), "srv-001")
    XCTAssertEqual(nested.place(of: .serverId), "2:3", "an implied server_id points at the server's id")
    XCTAssertEqual(nested.value(of: .dependencies), .list(["windows-auth", "msdtc"]))
    XCTAssertEqual(nested.place(of: .dependencies), "4:7")
    XCTAssertEqual(nested.place, "3:5")

    let topLevel = reading.records[2]
    XCTAssertEqual(topLevel.text(of: .appId), "app-002")
    XCTAssertEqual(topLevel.text(of: .serverId), "srv-001")
    XCTAssertEqual(topLevel.text(of: .kind), "scheduled-task")
    XCTAssertEqual(topLevel.place, "8:3")
    XCTAssertTrue(reading.diagnostics.isEmpty)
  }

  func testChildElementFormIsRead() throws {
    let reading = try XMLTestReading.fixture("testChildElementFormIsRead")

    XCTAssertEqual(reading.records.map(\.kind), [.server, .application, .application])
    let server = reading.records[0]
    XCTAssertEqual(server.text(of: .serverId), "srv-010")
    XCTAssertEqual(server.text(of: .hostname), "DB01")
    XCTAssertEqual(server.text(of: .cores), "16")
    XCTAssertEqual(server.text(of: .serverMemoryGB), "64", "memory_gb on a server is the server's memory")
    XCTAssertEqual(server.place, "4:5")
    XCTAssertEqual(server.place(of: .cores), "18:7")
    XCTAssertEqual(server.place(of: .serverId), "20:7")

    let nested = reading.records[1]
    XCTAssertEqual(nested.text(of: .appId), "app-010")
    XCTAssertEqual(nested.text(of: .name), "Ledger", "element text is trimmed of its indentation")
    XCTAssertEqual(nested.text(of: .appMemoryGB), "4", "memory_gb on an application is its demand")
    XCTAssertEqual(
      nested.text(of: .serverId), "srv-010", "the server's id element comes after its applications and still counts")
    XCTAssertEqual(nested.value(of: .dependencies), .list(["msmq", "gac"]))
    XCTAssertEqual(nested.place(of: .dependencies), "13:13")

    let topLevel = reading.records[2]
    XCTAssertEqual(topLevel.text(of: .appId), "app-011")
    XCTAssertEqual(topLevel.text(of: .name), "R&D <Tools>")
    XCTAssertEqual(topLevel.text(of: .serverId), "srv-010")
    XCTAssertEqual(topLevel.text(of: .serverMemoryGB), "64")
    XCTAssertTrue(reading.diagnostics.isEmpty)
  }

  func testNestedApplicationWithoutServerIdTakesTheHostname() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory>
        <server hostname="APP07"><application id="a1" name="Svc"/></server>
        <server><application id="a2" name="Orphan"/></server>
        <server id="s3"><application id="a3" name="Own" server_id="other"/></server>
      </inventory>
      """)

    XCTAssertEqual(reading.applications.map { $0.text(of: .serverId) }, ["APP07", nil, "other"])
  }

  func testApplicationsMayStandDirectlyUnderTheRootOrInWrappers() throws {
    let reading = try XMLTestReading.text(
      """
      <Estate>
        <servers><server id="s1"/><server id="s2"/></servers>
        <application id="a1" server_id="s1"/>
        <applications><application id="a2" server_id="s2"/></applications>
        <server id="s3"/>
      </Estate>
      """)

    XCTAssertEqual(reading.servers.map { $0.text(of: .serverId) }, ["s1", "s2", "s3"])
    XCTAssertEqual(reading.applications.map { $0.text(of: .appId) }, ["a1", "a2"])
  }

  func testDependenciesAttributeIsKeptAsText() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory><application id="a1" server_id="s1" dependencies="com+;msdtc"/></inventory>
      """)

    XCTAssertEqual(reading.applications.first?.value(of: .dependencies), .text("com+;msdtc"))
  }

  func testDependenciesElementWithTextIsKeptAsText() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory><application id="a1"><dependencies>gac;fonts</dependencies></application></inventory>
      """)

    XCTAssertEqual(reading.applications.first?.value(of: .dependencies), .text("gac;fonts"))
  }

  func testUnknownAttributesAndElementsBecomeFreeFormAttributes() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory>
        <server id="s1" rack="R12"><owner>Ops Team</owner><empty/></server>
        <application id="a1" server_id="s1" Cost-Center="4711"><notes>Keep <b>warm</b></notes></application>
      </inventory>
      """)

    XCTAssertEqual(reading.servers.first?.attributeMap, ["rack": "R12", "owner": "Ops Team"])
    XCTAssertEqual(reading.applications.first?.attributeMap, ["Cost-Center": "4711", "notes": "Keep warm"])
  }

  func testFieldNamesAreResolvedLikeEveryOtherFormat() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory><server ServerId="s1" OS-Name="Windows Server 2016" vcpus="4" Server.Memory_GB="8"/></inventory>
      """)

    let server = try XCTUnwrap(reading.servers.first)
    XCTAssertEqual(server.text(of: .serverId), "s1")
    XCTAssertEqual(server.text(of: .osName), "Windows Server 2016")
    XCTAssertEqual(server.text(of: .cores), "4")
    XCTAssertEqual(server.text(of: .serverMemoryGB), "8")
  }

  func testValuesAreNotDecoded() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory><server id="s1" cores="eight" platform="VM"><memory_gb>-3</memory_gb></server></inventory>
      """)

    let server = try XCTUnwrap(reading.servers.first)
    XCTAssertEqual(server.value(of: .cores), .text("eight"))
    XCTAssertEqual(server.value(of: .platform), .text("VM"))
    XCTAssertEqual(server.value(of: .serverMemoryGB), .text("-3"))
  }

  func testEmptyFieldsAreGapsNotValues() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory><server id="s1" site=""><cores></cores><os_name/></server></inventory>
      """)

    XCTAssertEqual(reading.servers.first?.fields.map(\.field), [.serverId])
  }

  func testUnknownTopLevelElementsAreIgnoredWithOneWarningEach() throws {
    let reading = try XMLTestReading.text(
      """
      <inventory>
        <meta><generated>today</generated></meta>
        <meta/>
        <server id="s1"/>
      </inventory>
      """)

    XCTAssertEqual(reading.servers.count, 1)
    XCTAssertEqual(reading.diagnostics.map(\.severity), [.warning])
    XCTAssertEqual(reading.diagnostics.first?.location.description, "inventory.xml:2:3")
    XCTAssertEqual(reading.diagnostics.first?.message.contains("<meta>"), true)
  }

  func testRecordPlacesAreExactOnOneLongLine() throws {
    // Far more than libxml2 reads ahead, all on one line, with multi-byte characters before each record.
    let body = (0..<300).map { #"<application id="a\#($0)" name="Café" server_id="s"/>"# }.joined()
    let reading = try XMLTestReading.text("<inventory>\(body)</inventory>")

    XCTAssertEqual(reading.applications.count, 300)
    let expected = (0..<300).map { index in
      // Each element before this one: its characters, counted once per character (é is one).
      let before = (0..<index).map { #"<application id="a\#($0)" name="Café" server_id="s"/>"#.count }.reduce(0, +)
      return "1:\(12 + before)"
    }
    XCTAssertEqual(reading.applications.map(\.place), expected)
  }

  func testRecordPlacesIgnoreMarkupInCommentsCDATAAndInstructions() throws {
    let reading = try XMLTestReading.text(
      """
      <?xml version="1.0"?>
      <!-- <server id="fake"> -->
      <!DOCTYPE inventory [
        <!ELEMENT inventory ANY>
        <!ATTLIST server note CDATA "a>b">
      ]>
      <inventory>
        <?note <server?>
        <server id="s1" note="x>y"><site><![CDATA[<server>]]></site></server>
          <server id="s2"/>
      </inventory>
      """)

    XCTAssertEqual(reading.servers.map(\.place), ["9:3", "10:5"])
    XCTAssertEqual(reading.servers.first?.place(of: .site), "9:30")
    XCTAssertEqual(reading.servers.first?.text(of: .site), "<server>")
  }

  func testRecordsAreEmittedInDocumentOrderWhileReading() throws {
    // The document breaks far beyond what libxml2 reads ahead: a reader that streams hands out the
    // first records before it ever meets the break.
    let records = (0..<2000).map { #"<server id="s\#($0)"/>"# }.joined(separator: "\n")
    let url = try XMLTestReading.temporaryFile(
      "stream.xml", contents: Data("<inventory>\n\(records)\n<broken></inventory>".utf8))
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    struct Enough: Error {}

    var seen: [String] = []
    XCTAssertThrowsError(
      try XMLInventoryReader().read(
        InputFile(path: "stream.xml", url: url.path),
        emit: { record in
          seen.append(record.text(of: .serverId) ?? "?")
          if seen.count == 3 { throw Enough() }
        },
        diagnose: { _ in })
    ) { error in
      XCTAssertTrue(error is Enough, "expected the first records before the broken end, got \(error)")
    }
    XCTAssertEqual(seen, ["s0", "s1", "s2"])

    XCTAssertThrowsError(try XMLTestReading.read(InputFile(path: "stream.xml", url: url.path))) { error in
      XCTAssertEqual((error as? ImportError).map { "\($0)" }?.hasPrefix("stream.xml:2002:"), true, "\(error)")
    }
  }

  func testReferencesInAttributeValuesAreReplaced() throws {
    let reading = try XMLTestReading.text(
      #"<inventory><server id="R&amp;D" site="a&#38;b &lt;&#x26;&gt; &#233;" rack="&amp;#38;"/></inventory>"#)

    let server = try XCTUnwrap(reading.servers.first)
    XCTAssertEqual(server.text(of: .serverId), "R&D")
    XCTAssertEqual(server.text(of: .site), "a&b <&> é")
    XCTAssertEqual(server.attributeMap, ["rack": "&#38;"], "an escaped reference stays text")
  }

  func testPlacesStayExactAfterAnEncodingDeclarationOnSeveralLines() throws {
    // libxml2 switches to the declared encoding in the middle of the declaration and starts a new buffer.
    let text =
      "<?xml version=\"1.0\"\n   encoding=\"ISO-8859-1\"?>\n<inventory>\n <server id=\"Zürich\" site=\"é\"/>"
      + "<server id=\"s2\"/>\n</inventory>"
    let url = try XMLTestReading.temporaryFile("latin1.xml", contents: try XCTUnwrap(text.data(using: .isoLatin1)))
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let reading = try XMLTestReading.read(InputFile(path: "latin1.xml", url: url.path))

    XCTAssertEqual(reading.servers.map { $0.text(of: .serverId) }, ["Zürich", "s2"])
    XCTAssertEqual(reading.servers.map(\.place), ["4:2", "4:32"])
  }

  func testPlacesOfUTF16DocumentsCountCharacters() throws {
    let text =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<inventory>\n  <server id=\"Café\"/><server id=\"s2\"/>\n</inventory>"
    let url = try XMLTestReading.temporaryFile("utf16.xml", contents: try XCTUnwrap(text.data(using: .utf16)))
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let reading = try XMLTestReading.read(InputFile(path: "utf16.xml", url: url.path))

    XCTAssertEqual(reading.servers.map { $0.text(of: .serverId) }, ["Café", "s2"])
    XCTAssertEqual(reading.servers.map(\.place), ["3:3", "3:22"])
  }

  func testPlacesStayExactAcrossLongCommentsTextAndValues() throws {
    // Each far larger than what is handed to libxml2 at a time, so its buffer moves on in between.
    let comment = "<!--" + String(repeating: "comment line\n", count: 40_000) + "-->"
    let value = String(repeating: "é", count: 300_000)
    let reading = try XMLTestReading.text(
      "<inventory>\n\(comment)<server id=\"s1\" note=\"\(value)\"><notes>\(value)</notes></server>\n"
        + "<server id=\"s2\"/><![CDATA[\(value)]]>\n  <server id=\"s3\"/></inventory>")

    XCTAssertEqual(reading.servers.map(\.place), ["40002:4", "40003:1", "40004:3"])
    XCTAssertEqual(reading.servers.first?.attributeMap["notes"]?.count, 300_000)
  }

  func testFormatNameIsXML() {
    XCTAssertEqual(XMLInventoryReader.formatName, "xml")
  }
}
