import ContainerFitModel
import XCTest

@testable import ContainerFitImport

final class JSONTokenizerTests: XCTestCase {
  func testEveryEscapeIsDecoded() throws {
    let text = #"["\" \\ \/ \b \f \n \r \t \u00e9 \u20AC \ud83d\ude00 plain é"]"#
    let tokens = try JSONTestHarness.tokens(text)
    XCTAssertEqual(tokens[1], "1:2 string(\"\\\" \\\\ / \\u{08} \\u{0C} \\n \\r \\t é € 😀 plain é\")")
  }

  func testUnpairedSurrogatesAreMalformed() throws {
    XCTAssertEqual(
      try JSONTestHarness.failure(#"["ab\ud83d x"]"#),
      "1:5 unpaired surrogate \\uD83D: a high surrogate must be followed by a low one")
    XCTAssertEqual(
      try JSONTestHarness.failure(#"["\ude00"]"#),
      "1:3 unpaired surrogate \\uDE00: a low surrogate must follow a high one")
    XCTAssertEqual(
      try JSONTestHarness.failure(#"["\u12G4"]"#), "1:3 invalid \\u escape: expected four hexadecimal digits")
    XCTAssertEqual(try JSONTestHarness.failure(#"["\x"]"#), "1:3 invalid escape '\\x' in a string")
  }

  func testByteOrderMarkIsSkippedAndColumnsStartAfterIt() throws {
    let path = try JSONTestHarness.write([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8), name: "bom.json")
    var tokenizer = try JSONTokenizer.open(path: path, file: "bom.json")
    XCTAssertEqual(try tokenizer.next(), .objectStart)
    XCTAssertEqual(tokenizer.tokenColumn, 1)
    XCTAssertEqual(try tokenizer.next(), .key("a"))
    XCTAssertEqual(tokenizer.tokenColumn, 2)
  }

  func testSyntaxErrorsHaveExactLineAndColumn() throws {
    XCTAssertEqual(
      try JSONTestHarness.failure("{\n  \"a\": 1\n  \"b\": 2\n}"),
      "3:3 expected ',' or '}' after an object member, found '\"'")
    XCTAssertEqual(
      try JSONTestHarness.failure("[1, 2\n  3]"), "2:3 expected ',' or ']' after an array element, found '3'")
    XCTAssertEqual(try JSONTestHarness.failure(#"{"a" 1}"#), "1:6 expected ':' after an object key, found '1'")
    XCTAssertEqual(try JSONTestHarness.failure(#"{"a": 1,}"#), "1:9 expected a string key after ',', found '}'")
    XCTAssertEqual(try JSONTestHarness.failure("[1,]"), "1:4 expected a value, found ']'")
    XCTAssertEqual(
      try JSONTestHarness.failure("[tru]"), "1:2 expected a value, found an invalid literal (did you mean 'true'?)")
    XCTAssertEqual(try JSONTestHarness.failure("{} {}"), "1:4 unexpected '{' after the end of the JSON document")
    XCTAssertEqual(try JSONTestHarness.failure("{\"a\": [1,\n"), "2:1 the file ends inside an array")
    XCTAssertEqual(try JSONTestHarness.failure("[\"abc"), "1:6 the file ends inside a string")
    XCTAssertEqual(
      try JSONTestHarness.failure("[\"a\tb\"]"), "1:4 a control character (0x9) inside a string must be escaped")
  }

  func testColumnsCountCharactersNotBytes() throws {
    XCTAssertEqual(try JSONTestHarness.failure(#"{"né€😀": x}"#), "1:10 expected a value, found 'x'")
  }

  func testInvalidUTF8IsMalformed() throws {
    let path = try JSONTestHarness.write(Array(#"[""#.utf8) + [0xC3, 0x28] + Array(#""]"#.utf8), name: "bad.json")
    var tokenizer = try JSONTokenizer.open(path: path, file: "bad.json")
    XCTAssertEqual(try tokenizer.next(), .arrayStart)
    XCTAssertThrowsError(try tokenizer.next()) { error in
      XCTAssertEqual(
        error as? ImportError,
        .malformed(
          location: SourceLocation(file: "bad.json", line: 1, column: 2), reason: "a string is not valid UTF-8"))
    }
  }

  func testHundredThousandDeepNestingFailsFastWithTheDepthError() throws {
    let start = Date()
    let failure = try JSONTestHarness.failure(String(repeating: "[", count: 100_000))
    XCTAssertEqual(failure, "1:513 nesting deeper than 512 levels")
    let objects = String(repeating: "{\"a\":", count: 100_000)
    XCTAssertEqual(try JSONTestHarness.failure(objects), "1:2561 nesting deeper than 512 levels")
    XCTAssertLessThan(Date().timeIntervalSince(start), 2)
  }

  func testNestingOf512LevelsIsAccepted() throws {
    let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    XCTAssertEqual(try JSONTestHarness.tokens(text).count, 1025)
  }

  func testNumbersAreReadExactlyOrKeptAsWritten() throws {
    let tokens = try JSONTestHarness.tokens(
      "[0, -0, 8, -12, 1.5, 0.05, 4.2e1, 1E-3, 0.1, 123456789012.345, 9007199254740992, 1e400, 12345678901234567890, "
        + "3.141592653589793238, 2.5e-300]")
    let values = tokens.dropFirst().dropLast(2).map { String($0.split(separator: " ", maxSplits: 1)[1]) }
    XCTAssertEqual(
      values,
      [
        "number(0.0)", "number(-0.0)", "number(8.0)", "number(-12.0)", "number(1.5)", "number(0.05)", "number(42.0)",
        "number(0.001)", "number(0.1)", "number(123456789012.345)", "number(9007199254740992.0)",
        "numberLiteral(\"1e400\")", "numberLiteral(\"12345678901234567890\")", "number(3.141592653589793)",
        "number(2.5e-300)",
      ])
  }

  func testMalformedNumbersAreReported() throws {
    XCTAssertEqual(try JSONTestHarness.failure("[012]"), "1:2 a number must not start with a leading zero")
    XCTAssertEqual(try JSONTestHarness.failure("[-x]"), "1:3 expected a digit after '-'")
    XCTAssertEqual(try JSONTestHarness.failure("[1.]"), "1:4 expected a digit after the decimal point")
    XCTAssertEqual(try JSONTestHarness.failure("[1e+]"), "1:5 expected a digit in the exponent")
  }

  func testTokensStraddlingChunkBoundariesReadTheSame() throws {
    let text = """
      {"servers": [{"server_id": "srv-001", "cores": 8, "memory_gb": 31.75, "ok": true, "gone": null,
        "name": "caf\\u00e9 \\ud83d\\ude00 é€", "deps": ["a", "b"], "big": 1e400, "neg": -0.5e-3}],
       "x": false}
      """
    let expected = try JSONTestHarness.tokens(text)
    for chunkSize in [1, 2, 3, 5, 7, 16] {
      XCTAssertEqual(try JSONTestHarness.tokens(text, chunkSize: chunkSize), expected, "chunk size \(chunkSize)")
    }
    XCTAssertEqual(
      try JSONTestHarness.failure("{\n  \"a\": 1\n  \"b\": 2\n}", chunkSize: 1),
      "3:3 expected ',' or '}' after an object member, found '\"'")
  }

  func testLineModeRequiresOneRecordPerLine() throws {
    XCTAssertThrowsError(try JSONTestHarness.tokens("{\"a\":\n1}", lineMode: true))
    XCTAssertThrowsError(try JSONTestHarness.tokens("{} {}", lineMode: true))
    XCTAssertEqual(try JSONTestHarness.tokens("{}\n\n{}\n", lineMode: true).count, 5)
  }
}
