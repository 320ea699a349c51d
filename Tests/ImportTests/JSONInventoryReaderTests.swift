import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class JSONInventoryReaderTests: XCTestCase {
  private func read(_ text: String, chunkSize: Int = 1 << 20) throws -> JSONTestHarness.Outcome {
    let path = try JSONTestHarness.write(text, name: "in.json")
    return try JSONTestHarness.read(JSONInventoryReader(chunkSize: chunkSize), path: path)
  }

  func testCanonicalDocumentIsRead() throws {
    let path = try JSONTestHarness.fixture("testCanonicalDocumentIsRead", "json")
    let outcome = try JSONTestHarness.read(JSONInventoryReader(), path: path, shownAs: "inv.json")
    XCTAssertEqual(outcome.diagnostics, [])
    XCTAssertEqual(outcome.records.map(\.kind), [.application, .server, .application])
    let nested = outcome.records[0]
    XCTAssertEqual(
      nested.summary,
      [
        "app_id=text(\"app-001\")", "name=text(\"Payroll Portal\")", "kind=text(\"iis-site\")",
        "runtime=text(\"dotnet-framework-4.8\")", "dependencies=list([\"windows-auth\", \"msdtc\"])",
        "memory_gb=number(4.0)", "server_id=text(\"srv-001\")",
      ])
    XCTAssertEqual(nested.location, SourceLocation(file: "inv.json", line: 6, column: 8))
    // The implied id points at the server's own `server_id` key.
    XCTAssertEqual(nested.fields.last?.location, SourceLocation(file: "inv.json", line: 3, column: 6))
    let server = outcome.records[1]
    XCTAssertEqual(server.location, SourceLocation(file: "inv.json", line: 3, column: 5))
    XCTAssertEqual(
      server.summary,
      [
        "server_id=text(\"srv-001\")", "hostname=text(\"WEB01\")", "os_name=text(\"Windows Server 2019 Standard\")",
        "cores=number(8.0)", "server.memory_gb=number(32.0)",
      ])
    XCTAssertEqual(server.fields[3].location, SourceLocation(file: "inv.json", line: 4, column: 6))
    XCTAssertEqual(outcome.records[2].text(of: .serverId), "srv-001")
    XCTAssertEqual(outcome.records[2].value(of: .codePageSensitive), .bool(false))
  }

  func testNestedApplicationBeforeTheServerIdGetsTheImpliedId() throws {
    let outcome = try read(
      #"{"servers": [{"applications": [{"app_id": "a1", "name": "A"}], "hostname": "H1", "server_id": "s1"}]}"#)
    XCTAssertEqual(outcome.records.map(\.kind), [.server, .application])
    XCTAssertEqual(outcome.records[1].text(of: .serverId), "s1")
    XCTAssertEqual(outcome.records[1].fields.last?.location.column, 82)
  }

  func testNestedApplicationUsesTheHostnameWhenTheServerHasNoId() throws {
    let outcome = try read(#"{"servers": [{"hostname": "H1", "applications": [{"app_id": "a1"}]}]}"#)
    XCTAssertEqual(outcome.records.map(\.kind), [.server, .application])
    XCTAssertEqual(outcome.records[1].text(of: .serverId), "H1")
  }

  func testNestedApplicationWithAnotherServerIdIsGivenItsParentsWithAWarning() throws {
    let outcome = try read(
      #"{"servers": [{"server_id": "s1", "applications": [{"app_id": "a1", "server_id": "s9"}]}]}"#)
    XCTAssertEqual(outcome.records[0].text(of: .serverId), "s1")
    XCTAssertEqual(outcome.warnings.count, 1)
    XCTAssertEqual(outcome.warnings.first?.location.column, 68)
  }

  func testTopLevelArrayIsReadAsFlatApplications() throws {
    let path = try JSONTestHarness.fixture("testTopLevelArrayIsReadAsFlatApplications", "json")
    let outcome = try JSONTestHarness.read(JSONInventoryReader(), path: path)
    XCTAssertEqual(outcome.diagnostics, [])
    XCTAssertEqual(outcome.records.map(\.kind), [.application, .application])
    XCTAssertEqual(
      outcome.records[0].summary,
      [
        "app_id=text(\"app-001\")", "name=text(\"Payroll\")", "server_id=text(\"srv-001\")", "hostname=text(\"WEB01\")",
        "memory_gb=number(4.0)", "server.memory_gb=number(32.0)", "cores=number(8.0)",
      ])
  }

  func testMixedDocumentKeepsFileOrder() throws {
    let outcome = try read(
      #"{"applications": [{"app_id": "a0", "server_id": "s1"}], "servers": [{"server_id": "s1"}, {"server_id": "s2"}],"#
        + #" "applications": [{"app_id": "a9", "server_id": "s2"}]}"#)
    XCTAssertEqual(
      outcome.records.map { $0.text(of: $0.kind == .server ? .serverId : .appId) }, ["a0", "s1", "s2", "a9"])
  }

  func testRecordsAreEmittedBeforeTheRestOfTheFileIsRead() throws {
    let path = try JSONTestHarness.write(
      #"{"applications": [{"app_id": "a1"}, {"app_id": "a2"}, oops]}"#, name: "x.json")
    var seen: [String] = []
    XCTAssertThrowsError(
      try JSONInventoryReader().read(
        InputFile(path: "x.json", url: path), emit: { seen.append($0.text(of: .appId) ?? "") }, diagnose: { _ in })
    ) { error in
      XCTAssertEqual(
        error as? ImportError,
        .malformed(
          location: SourceLocation(file: "x.json", line: 1, column: 55), reason: "expected a value, found 'o'"))
    }
    XCTAssertEqual(seen, ["a1", "a2"])
  }

  func testUnknownTopLevelKeysAreIgnoredWithOneWarningEach() throws {
    let outcome = try read(#"{"version": 2, "meta": {"a": [1, {"b": 2}]}, "servers": [{"server_id": "s1"}]}"#)
    XCTAssertEqual(outcome.records.count, 1)
    XCTAssertEqual(outcome.warnings.count, 2)
    XCTAssertTrue(outcome.warnings[0].message.contains("'version'"))
    XCTAssertEqual(outcome.warnings[1].location.column, 16)
  }

  func testDuplicateKeysKeepTheFirstValueAndNameBothPlaces() throws {
    let outcome = try read("[{\"app_id\": \"a1\", \"cores\": 2,\n \"vcpus\": 4, \"x\": 1, \"x\": 2}]")
    XCTAssertEqual(outcome.records[0].value(of: .cores), .number(2))
    XCTAssertEqual(outcome.records[0].attributes.map(\.value), ["1"])
    XCTAssertEqual(outcome.warnings.count, 2)
    XCTAssertEqual(outcome.warnings[0].location.description, "in.json:2:2")
    XCTAssertEqual(outcome.warnings[0].field, "cores")
    XCTAssertTrue(
      outcome.warnings[0].message.contains("'vcpus'") && outcome.warnings[0].message.contains("in.json:1:19"))
    XCTAssertTrue(outcome.warnings[1].message.contains("in.json:2:14"))
  }

  func testNumbersADoubleCannotHoldAreKeptAsText() throws {
    let outcome = try read(#"[{"app_id": 12345678901234567890, "memory_gb": 1e400, "cores": 8}]"#)
    XCTAssertEqual(
      outcome.records[0].summary,
      ["app_id=text(\"12345678901234567890\")", "memory_gb=text(\"1e400\")", "cores=number(8.0)"])
  }

  func testUnknownKeysAreKeptAsAttributes() throws {
    let outcome = try read(
      #"[{"app_id": "a1", "Owner": "Finance", "ratio": 1.50, "flag": true, "none": null, "#
        + #""tags": ["x", 2], "meta": {"a": [1, {"b": "q\"uote"}], "c": null}, "gui": "none"}]"#)
    XCTAssertEqual(outcome.diagnostics, [])
    let attributes = outcome.records[0].attributes.map { "\($0.name)=\($0.value)" }
    XCTAssertEqual(
      attributes,
      ["Owner=Finance", "ratio=1.50", "flag=true", #"tags=["x",2]"#, #"meta={"a":[1,{"b":"q\"uote"}],"c":null}"#])
    XCTAssertEqual(outcome.records[0].text(of: .gui), "none")
  }

  func testObjectUnderAKnownFieldIsAWarningAndAGap() throws {
    let outcome = try read(#"[{"app_id": "a1", "cores": {"n": 2}, "dependencies": [["gac"]], "name": ""}]"#)
    XCTAssertEqual(outcome.records[0].summary, ["app_id=text(\"a1\")"])
    XCTAssertEqual(outcome.warnings.map(\.field), ["cores", "dependencies"])
  }

  func testNonObjectElementsAreRejectedAndReadingGoesOn() throws {
    let outcome = try read(#"{"servers": [42, {"server_id": "s1"}], "applications": "none"}"#)
    XCTAssertEqual(outcome.records.count, 1)
    XCTAssertEqual(outcome.rejections.map { $0.location.column }, [14, 56])
  }

  func testChunkBoundariesDoNotChangeWhatIsRead() throws {
    let path = try JSONTestHarness.fixture("testCanonicalDocumentIsRead", "json")
    let expected = try JSONTestHarness.read(JSONInventoryReader(), path: path)
    for chunkSize in [1, 2, 3, 7, 64] {
      let outcome = try JSONTestHarness.read(JSONInventoryReader(chunkSize: chunkSize), path: path)
      XCTAssertEqual(outcome.records.map(\.summary), expected.records.map(\.summary))
      XCTAssertEqual(
        outcome.records.flatMap { $0.fields.map(\.location) }, expected.records.flatMap { $0.fields.map(\.location) })
    }
  }

  func testUnreadableInputsThrowNamingTheFile() throws {
    XCTAssertThrowsError(try JSONTestHarness.read(JSONInventoryReader(), path: "/nonexistent/x.json")) { error in
      XCTAssertEqual(error as? ImportError, .notFound(path: "in.json"))
    }
    let empty = try JSONTestHarness.write(" \n", name: "empty.json")
    XCTAssertThrowsError(try JSONTestHarness.read(JSONInventoryReader(), path: empty)) { error in
      XCTAssertEqual(error as? ImportError, .notAnInventory(path: "in.json", reason: "the file is empty"))
    }
  }
}

extension JSONInventoryReaderTests {
  func testDocumentWithAByteOrderMarkIsRead() throws {
    let path = try JSONTestHarness.write([0xEF, 0xBB, 0xBF] + Array(#"[{"app_id": "a1"}]"#.utf8), name: "bom.json")
    let outcome = try JSONTestHarness.read(JSONInventoryReader(), path: path)
    XCTAssertEqual(outcome.records.first?.location.column, 2)
    XCTAssertEqual(outcome.records.first?.text(of: .appId), "a1")
  }

  func testApplicationsAfterTheServerIdStreamBeforeTheServerRecord() throws {
    let outcome = try read(
      #"{"servers": [{"applications": [{"app_id": "a1"}], "server_id": "s1", "applications": [{"app_id": "a2"}]}]}"#)
    XCTAssertEqual(outcome.records.map { $0.text(of: $0.kind == .server ? .serverId : .appId) }, ["a2", "s1", "a1"])
    XCTAssertEqual(outcome.records.map { $0.text(of: .serverId) }, ["s1", "s1", "s1"])
  }

  func testDeeplyNestedDocumentFailsFastWithTheDepthError() throws {
    let start = Date()
    // The top-level object is the first of the 512 levels.
    XCTAssertThrowsError(try read(#"{"servers": "# + String(repeating: "[", count: 100_000))) { error in
      XCTAssertEqual(
        error as? ImportError,
        .malformed(
          location: SourceLocation(file: "in.json", line: 1, column: 524), reason: "nesting deeper than 512 levels"))
    }
    XCTAssertLessThan(Date().timeIntervalSince(start), 2)
  }
}
