import Foundation
import XCTest

@testable import ContainerFitReporting

final class JSONBytesTests: XCTestCase {
  private func text(_ build: (inout JSONBytes) -> Void) -> String {
    var json = JSONBytes()
    build(&json)
    return json.text
  }

  func testEveryControlCharacterQuoteAndBackslashIsEscapedAndNothingElse() throws {
    let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init))) + "\"\\/é🚢"
    let encoded = text { $0.string(all) }
    XCTAssertTrue(encoded.hasPrefix(#""\u0000\u0001"#), encoded)
    XCTAssertTrue(encoded.contains(#"\b\t\n\u000b\f\r"#), encoded)
    XCTAssertTrue(encoded.hasSuffix(#"\"\\/é🚢""#), encoded)
    let decoded = try JSONSerialization.jsonObject(with: Data(encoded.utf8), options: .fragmentsAllowed) as? String
    XCTAssertEqual(decoded, all)
  }

  /// Plain text is scanned eight bytes at a time: a character to escape must be found wherever it
  /// falls in a word, next to multi-byte characters too.
  func testACharacterToEscapeIsFoundAtEveryPositionOfLongText() throws {
    let specials: [Character] = ["\"", "\\", "\n", "\u{1F}", "\u{0}"]
    let fillers = ["a", "é", "~", "\u{7F}", "🚢"]
    for filler in fillers {
      for special in specials {
        for length in [7, 8, 9, 15, 16, 17, 31] {
          for position in 0..<length {
            var characters = Array(repeating: Character(filler), count: length)
            characters[position] = special
            let value = String(characters)
            let encoded = text { $0.string(value) }
            let decoded =
              try JSONSerialization.jsonObject(with: Data(encoded.utf8), options: .fragmentsAllowed) as? String
            XCTAssertEqual(decoded, value, encoded)
          }
        }
      }
      let plain = String(repeating: filler, count: 40)
      XCTAssertEqual(text { $0.string(plain) }, "\"" + plain + "\"")
    }
  }

  func testNumbersAreWrittenAsJSONEncoderWritesThem() throws {
    let values: [Double] = [0, 1, -3, 13, 12.5, 0.1, 1.0 / 3.0, 1e-7, 123_456_789.25, 1e20, -0.75]
    for value in values {
      let ours = text { $0.number(value) }
      let theirs = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
      XCTAssertEqual(Double(ours), value, ours)
      if value == value.rounded() && abs(value) < 1e15 { XCTAssertEqual(ours, theirs) }
    }
    XCTAssertEqual(text { $0.number(Double.nan) }, "null")
    XCTAssertEqual(text { $0.number(-Double.infinity) }, "null")
    XCTAssertEqual(text { $0.number(Int?.none) }, "null")
  }

  func testObjectsAndArraysPutCommasOnlyBetweenMembers() {
    let encoded = text {
      $0.beginObject()
      $0.key("a")
      $0.strings(["x", "y"])
      $0.key("b")
      $0.beginArray()
      $0.beginObject()
      $0.endObject()
      $0.beginObject()
      $0.key("c")
      $0.bool(false)
      $0.endObject()
      $0.endArray()
      $0.key("d")
      $0.string(String?.none)
      $0.endObject()
    }
    XCTAssertEqual(encoded, #"{"a":["x","y"],"b":[{},{"c":false}],"d":null}"#)
  }
}
