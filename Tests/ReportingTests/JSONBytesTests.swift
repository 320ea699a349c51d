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

  /// Values of whole hundredths are written without `description`, and must read exactly as it
  /// writes them; every other value still goes through it.
  func testNumbersInHundredthsAreWrittenAsDescriptionWritesThem() {
    var state: UInt64 = 0x5EED
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11
    }
    var checked = 0
    for round in 0..<60_000 {
      let value: Double
      switch round % 3 {
      case 0: value = Double(Int64(next() % 2_000_000_001) - 1_000_000_000) / 100  // hundredths, any size
      case 1: value = Double(Int64(next() % 200_001) - 100_000) / 100  // hundredths near zero
      default: value = Double(bitPattern: next() | 0x3F00_0000_0000_0000) * (next() % 2 == 0 ? 1 : -1)  // anything
      }
      guard value.isFinite, value != value.rounded() else { continue }
      XCTAssertEqual(text { $0.number(value) }, value.description, "\(value)")
      if JSONBytes.hundredths(value) != nil { checked += 1 }
    }
    XCTAssertGreaterThan(checked, 30_000)
    XCTAssertEqual(text { $0.number(0.07) }, "0.07")
    XCTAssertEqual(text { $0.number(-12.5) }, "-12.5")
    XCTAssertEqual(text { $0.number(1234567.89) }, "1234567.89")
    XCTAssertEqual(text { $0.number(123) }, "123")
    XCTAssertEqual(text { $0.number(-45) }, "-45")
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
