import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class JSONLinesReaderTests: XCTestCase {
  private func read(_ text: String, chunkSize: Int = 1 << 20) throws -> JSONTestHarness.Outcome {
    let path = try JSONTestHarness.write(text, name: "in.jsonl")
    return try JSONTestHarness.read(JSONLinesReader(chunkSize: chunkSize), path: path, shownAs: "in.jsonl")
  }

  func testJSONLinesWithTypesAndAMalformedLine() throws {
    let path = try JSONTestHarness.fixture("testJSONLinesWithTypesAndAMalformedLine", "jsonl")
    for chunkSize in [1 << 20, 1, 3, 10] {
      let outcome = try JSONTestHarness.read(JSONLinesReader(chunkSize: chunkSize), path: path, shownAs: "in.jsonl")
      XCTAssertEqual(outcome.records.map(\.kind), [.server, .application, .application, .server, .application])
      XCTAssertEqual(outcome.records[0].value(of: .serverMemoryGB), .number(32))
      XCTAssertEqual(outcome.records[1].value(of: .appMemoryGB), .number(4))
      XCTAssertEqual(outcome.records[2].text(of: .appId), "app-003")
      XCTAssertEqual(outcome.records[3].text(of: .hostname), "WEB02")
      XCTAssertEqual(outcome.records[4].value(of: .dependencies), .list(["gac"]))
      XCTAssertEqual(outcome.records[4].location, SourceLocation(file: "in.jsonl", line: 8, column: 1))
      XCTAssertEqual(outcome.rejections.count, 1)
      XCTAssertEqual(outcome.rejections.first?.location, SourceLocation(file: "in.jsonl", line: 4, column: 64))
      XCTAssertEqual(
        outcome.rejections.first?.message,
        "malformed JSON line: expected ',' or '}' after an object member, found '\"'")
    }
  }

  func testTruncatedLineDoesNotCostTheNextOne() throws {
    let outcome = try read(
      "{\"app_id\": \"a1\", \"name\": \"x\n{\"app_id\": \"a2\", \"server_id\": \"s\"}\n{\"app_id\"")
    XCTAssertEqual(outcome.records.map { $0.text(of: .appId) }, ["a2"])
    XCTAssertEqual(outcome.rejections.map(\.location.description), ["in.jsonl:1:28", "in.jsonl:3:10"])
  }

  func testLineOfUnknownKindIsRejected() throws {
    let outcome = try read("{\"name\": \"x\"}\n{\"type\": \"vm\", \"server_id\": \"s\"}\n[1]\n")
    XCTAssertEqual(outcome.records.count, 0)
    XCTAssertEqual(
      outcome.rejections.map(\.message),
      [
        "cannot tell whether this line is a server or an application",
        "unknown record type 'vm': expected \"server\" or \"application\"", "expected a JSON object on this line",
      ])
    XCTAssertEqual(outcome.rejections.map { $0.location.line }, [1, 2, 3])
  }

  func testRecordsSpreadOverLinesAreRejectedLineByLine() throws {
    let outcome = try read("{\"app_id\":\n\"a1\"}\n{\"app_id\": \"a2\"} {\"app_id\": \"a3\"}\n{\"app_id\": \"a4\"}\r\n")
    XCTAssertEqual(outcome.records.map { $0.text(of: .appId) }, ["a4"])
    XCTAssertEqual(outcome.rejections.map(\.location.description), ["in.jsonl:1:11", "in.jsonl:2:1", "in.jsonl:3:18"])
  }

  func testLooksLikeJSONLines() {
    XCTAssertTrue(JSONLinesReader.looksLikeJSONLines(Array("{\"a\": 1}\n\n  {\"b\"".utf8)))
    XCTAssertTrue(JSONLinesReader.looksLikeJSONLines([0xEF, 0xBB, 0xBF] + Array("{\"a\": [1]}\r\n{".utf8)))
    XCTAssertFalse(JSONLinesReader.looksLikeJSONLines(Array("{\n  \"servers\": []\n}".utf8)))
    XCTAssertFalse(JSONLinesReader.looksLikeJSONLines(Array("{\"a\": 1}\n".utf8)))
    XCTAssertFalse(JSONLinesReader.looksLikeJSONLines(Array("[{\"a\": 1}]\n[".utf8)))
    XCTAssertFalse(JSONLinesReader.looksLikeJSONLines(Array("{\"a\": 1, \"b".utf8)))
    XCTAssertFalse(JSONLinesReader.looksLikeJSONLines([]))
  }
}

extension JSONLinesReaderTests {
  func testRepeatedTypeKeyKeepsTheFirstWithAWarning() throws {
    let outcome = try read(#"{"type": "server", "server_id": "s1", "Type": "application"}"#)
    XCTAssertEqual(outcome.records.map(\.kind), [.server])
    XCTAssertEqual(outcome.warnings.map(\.location.description), ["in.jsonl:1:39"])
  }
}
