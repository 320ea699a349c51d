import XCTest

@testable import ContainerFitImport

final class XMLMarkupScannerTests: XCTestCase {
  private func startTags(_ chunks: [[UInt8]]) -> (tags: [String], entity: String?) {
    var scanner = XMLMarkupScanner()
    for chunk in chunks { chunk.withUnsafeBytes { scanner.scan($0) } }
    var tags: [String] = []
    while let position = scanner.nextStartTag() { tags.append("\(position.line):\(position.column)") }
    return (tags, scanner.entityDeclaration.map { "\($0.line):\($0.column)" })
  }

  func testStartTagsAreFoundAcrossChunkBoundaries() {
    let bytes = Array("<a>\n <b x='<'/><!-- <c> -->\n<![CDATA[<d>]]><?pi <e?></a>".utf8)
    let whole = startTags([bytes])
    XCTAssertEqual(whole.tags, ["1:1", "2:2"])
    XCTAssertNil(whole.entity)
    for split in 1..<bytes.count {
      XCTAssertEqual(startTags([Array(bytes[..<split]), Array(bytes[split...])]).tags, whole.tags, "split at \(split)")
    }
  }

  func testQuotedValuesSpanningLinesKeepPlacesRight() {
    let bytes = Array("<a>\r\n<b y=\"1\n>2\"\n\tz='<3'>é<c/></b>\n  <d/></a>".utf8)
    let whole = startTags([bytes])
    XCTAssertEqual(whole.tags, ["1:1", "2:1", "4:10", "5:3"])
    for split in 1..<bytes.count {
      XCTAssertEqual(startTags([Array(bytes[..<split]), Array(bytes[split...])]).tags, whole.tags, "split at \(split)")
    }
  }

  func testEntityDeclarationIsFoundWhereverTheChunksBreak() {
    let bytes = Array("<!DOCTYPE a [\n<!ELEMENT a ANY>\n <!ENTITY e 'x'>]><a/>".utf8)
    for split in 1..<bytes.count {
      XCTAssertEqual(startTags([Array(bytes[..<split]), Array(bytes[split...])]).entity, "3:2", "split at \(split)")
    }
  }

  func testUTF16MarkupIsFollowed() {
    let bytes = Array("<a>\n  <!ENTITY".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let result = startTags([bytes])
    XCTAssertEqual(result.tags, ["1:1"])
    XCTAssertEqual(result.entity, "2:3")
  }
}
